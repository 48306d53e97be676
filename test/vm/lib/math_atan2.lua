-- math.atan2 over pairs of -0, +-inf, NaN, huge, subnormal, +-2^31, 2^52, 2^53 and ordinary values
local vals = {0, -0, 1/0, -1/0, 0/0, 1, -1, 0.5, -0.5, 2, -2, 2.5, -3, 10, 0.1, 2^31, -2^31, 2^52 + 1, 2^53, -2^53,
  1e300, -1e300, 5e-324, -5e-324, 2.2250738585072014e-308, 1024, -1075, 1e-8}
local function fmt(v) return string.format("%.17g", v) end
for i, v in ipairs(vals) do
  local out = {}
  for j, w in ipairs(vals) do out[j] = fmt(math.atan2(v, w)) end
  print("atan2", i, fmt(v), table.concat(out, " "))
end
print(math.atan2("2", "3"), math.atan2(" 0x10 ", 2), math.atan2("-0", "0"), math.atan2(3, 2, "ignored", {}))
print(pcall(math.atan2))
print(pcall(math.atan2, 1))
print(pcall(math.atan2, nil, 1))
print(pcall(math.atan2, 1, nil))
print(pcall(math.atan2, "x", 1))
print(pcall(math.atan2, 1, "y"))
print(pcall(math.atan2, {}, {}))
print(pcall(function() local r = math.atan2(1, true); return r end))
for i = -4, 4 do for j = -4, 4 do io.write(fmt(math.atan2(i, j)), " ") end print() end
