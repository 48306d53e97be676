-- bit.tohex: 8 digits by default, |n| digits (upper case for negative n), fewer digits mask the value
local xs = {0, 1, -1, 255, 0x12345678, 0xabcdef01, -2^31, 2^31 - 1, 2^32 + 0x1f, 1.5, 2.5, -0.5, 1/0, 0/0, 2^53 + 6}
for i, x in ipairs(xs) do
  print(i, bit.tohex(x), bit.tohex(x, -8), bit.tohex(x, 1), bit.tohex(x, -3), bit.tohex(x, 4), bit.tohex(x, 7), bit.tohex(x, 9), bit.tohex(x, -16))
end
-- widths: zero gives "", large widths pad with zeros, the width is kept modulo 256
for _, n in ipairs({0, -0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 15, 16, 17, 32, 100, 253, 254, 255, 256, 257, 300, 511, 512, 513, 1000,
    -1, -7, -8, -9, -16, -255, -256, -257, 2^31, -2^31, 2^31 - 1, -2^31 + 1, 2^32, 2^32 + 4, 1.5, 2.5, -2.5, 1/0, 0/0}) do
  local a, b, c = bit.tohex(0x1234abcd, n), bit.tohex(0, n), bit.tohex(-1, n)
  print(string.format("%.17g", n), #a, a, #b, b, #c, c)
end
-- numeric strings, extra arguments
print(bit.tohex("255"), bit.tohex("0xff", "2"), bit.tohex(" 10 ", "-4"), bit.tohex(1, 2, 3))
-- errors
print(pcall(bit.tohex))
print(pcall(bit.tohex, nil))
print(pcall(bit.tohex, 1, nil))
print(pcall(bit.tohex, "1x"))
print(pcall(bit.tohex, 1, "x"))
print(pcall(bit.tohex, 1, {}))
print(pcall(bit.tohex, {}, {}))
print(pcall(function() return bit.tohex(false) end))
print(pcall(function() return bit.tohex(1, true) end))
