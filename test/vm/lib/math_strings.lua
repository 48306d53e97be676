-- Numeric strings as arguments of the math functions (converted like tonumber: hex, spaces, exponents)
local function fmt(v) return string.format("%.17g", v) end
local strs = {"0", "-0", "1", " 2 ", "-2.5", "0.5", "0x10", "0XA", "-0x1", "1e2", "1E-2", ".5", "5.", "1e400", "-1e400",
  "\t3\n", "4294967296", "9007199254740993", "2.2250738585072014e-308", "4.9406564584124654e-324", "nan", "inf", "0x1p4"}
for i, s in ipairs(strs) do
  local m, e = math.frexp(s)
  local ip, fp = math.modf(s)
  print(i, string.format("%q", s), fmt(math.abs(s)), fmt(math.floor(s)), fmt(math.ceil(s)), fmt(math.sqrt(s)),
    fmt(math.exp(s)), fmt(math.log(s)), fmt(math.sin(s)), fmt(math.deg(s)), fmt(m), e, fmt(ip), fmt(fp),
    fmt(math.fmod(s, "3")), fmt(math.pow(s, "2")), fmt(math.ldexp(s, "3")), fmt(math.min(s, "1")), fmt(math.max("1", s)))
end
for _, s in ipairs({"", " ", "x", "0x", "1x", "1LL", "1e", "--1", "1 2"}) do
  local ok, err = pcall(math.floor, s)
  local ok2, err2 = pcall(math.deg, s)
  print(string.format("%q", s), ok, err, ok2, err2)
end
