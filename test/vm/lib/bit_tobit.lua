-- bit.tobit: numbers reduced to signed 32-bit integers (2^52+2^51 trick: halves round to even)
local function show(...) print(...) end
local vals = {0, -0, 1, -1, 42, -42, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 3.5, -3.5, 0.49999999999999994,
  0.9, -0.9, 2^31 - 1, 2^31, -2^31, -2^31 - 1, 2^31 + 0.5, -2^31 - 0.5, 2^32, -2^32, 2^32 - 1, 2^32 + 1,
  2^33 + 5, -(2^33 + 5), 2^50 + 3, 2^51 - 1, 2^51, 2^51 + 0.5, 2^52 - 0.5, 2^52, 2^52 + 1, -2^52,
  2^53, 2^53 + 2, 2^53 + 6, -2^53 - 6, 2^60 + 2^33, 2^63, -2^63, 2^64, 2^70 + 2^40, 2^84 + 2^52,
  1e300, -1e300, 1.7976931348623157e308, 1/0, -1/0, 0/0, 5e-324, -5e-324, 2.2250738585072014e-308,
  0.1, 12345.6789, -12345.6789, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000, 0xdeadbeef}
for i, v in ipairs(vals) do show(i, string.format("%.17g", v), bit.tobit(v)) end
-- results are plain numbers; extra arguments are ignored
print(type(bit.tobit(3)), bit.tobit(7, "junk", {}), select('#', bit.tobit(1, 2, 3)))
print(bit.tobit(bit.tobit(0xffffffff) + 1), bit.tobit(-0) == 0, 1 / bit.tobit(-0))
-- numeric strings are converted
print(bit.tobit("10"), bit.tobit("0x10"), bit.tobit(" 12 "), bit.tobit("1e1"), bit.tobit("-0x1"),
  bit.tobit("4294967295"), bit.tobit("2.5"), bit.tobit("0xffffffffff"), bit.tobit(".5"), bit.tobit("1e400"))
-- errors
print(pcall(bit.tobit))
print(pcall(bit.tobit, nil))
print(pcall(bit.tobit, true))
print(pcall(bit.tobit, "abc"))
print(pcall(bit.tobit, ""))
print(pcall(bit.tobit, "1LL"))
print(pcall(bit.tobit, {}))
print(pcall(bit.tobit, print))
print(pcall(function() return bit.tobit() end))
print(pcall(function() local t = bit.tobit; return t("z") end))
