-- bit.bnot: one's complement of the 32-bit value
local vals = {0, -0, 1, -1, 2, 0x7fffffff, 0x80000000, -2^31, 0xffffffff, 2^32, 2^32 + 7, 0.5, 1.5, -1.5, 2.5,
  2^52, 2^53 + 2, -2^53, 1e300, 1/0, -1/0, 0/0, 5e-324, 0x12345678, 0xdeadbeef, 123456789012}
for i, v in ipairs(vals) do print(i, string.format("%.17g", v), bit.bnot(v), bit.bnot(bit.bnot(v)) == bit.tobit(v)) end
print(bit.bnot("0"), bit.bnot("0xff"), bit.bnot(" -1 "), bit.bnot("1.5"), bit.bnot(1, 2))
for i = -5, 5 do io.write(bit.bnot(i), " ", -i - 1 == bit.bnot(i) and "ok" or "bad", " ") end
print()
print(pcall(bit.bnot))
print(pcall(bit.bnot, nil))
print(pcall(bit.bnot, false))
print(pcall(bit.bnot, "x1"))
print(pcall(bit.bnot, {}))
print(pcall(function() return bit.bnot({}) end))
