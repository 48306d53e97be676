-- bit.bswap: byte order of the 32-bit value reversed
local vals = {0, 1, -1, 0x12345678, 0x78563412, 0xff, 0xff00, 0xff0000, 0xff000000, 0x80, 0x80000000,
  -2^31, 2^31 - 1, 0xdeadbeef, 0x01020304, 2^32 + 0x0a0b0c0d, 1.5, 2.5, -0.5, 1/0, -1/0, 0/0, 2^53 + 2, 1e300}
for i, v in ipairs(vals) do
  local s = bit.bswap(v)
  print(i, string.format("%.17g", v), s, bit.tohex(s), bit.bswap(s) == bit.tobit(v))
end
print(bit.bswap("0x11223344"), bit.bswap("1"), bit.bswap(0x11223344, "ignored"))
print(pcall(bit.bswap))
print(pcall(bit.bswap, nil))
print(pcall(bit.bswap, "0x"))
print(pcall(bit.bswap, setmetatable({}, {__index = function() return 1 end})))
