-- Numeric strings as arguments of every bit function (converted as tonumber does, then reduced)
local strs = {"0", "-0", "1", "  42  ", "0x10", "0XfF", "-0x1", "1e3", "1E-1", ".5", "5.", "2.5", "3.5", "-2.5",
  "4294967296", "4294967297", "2147483648", "-2147483649", "0xffffffff", "0x1ffffffff", "1e300", "1e400", "-1e400",
  "\t7\n", "0x7fffffff", "9007199254740993", "  -0x10  "}
for i, s in ipairs(strs) do
  print(i, string.format("%q", s), tonumber(s), bit.tobit(s), bit.bnot(s), bit.bswap(s), bit.tohex(s),
    bit.band(s, s), bit.bor(s, 1), bit.bxor(s, "1"), bit.lshift(1, s), bit.rshift(s, "4"), bit.arshift(s, 1),
    bit.rol(s, s), bit.ror(s, "31"))
end
-- strings that do not convert
for _, s in ipairs({"", " ", "x", "0x", "1x", "1LL", "0x1p4", "1e", "--1", "nan", "inf", "1 2", "1\0"}) do
  local ok, err = pcall(bit.tobit, s)
  print(string.format("%q", s), tonumber(s), ok, err)
end
print(pcall(bit.band, 1, "2", "three"))
print(pcall(bit.lshift, "1", "one"))
print(pcall(bit.tohex, "0xff", "-"))
