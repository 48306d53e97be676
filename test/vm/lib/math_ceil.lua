-- math.ceil on -0, +-inf, NaN, huge, subnormal, +-2^31, 2^52, 2^53 and ordinary values
local vals = {0, -0, 1/0, -1/0, 0/0, 1, -1, 0.5, -0.5, 0.49999999999999994, -0.49999999999999994, 0.9, -0.9, 0.1, -0.1,
  1.5, -1.5, 2.5, -2.5, 3.7, -3.7, 2^31, -2^31, 2^31 - 1, -2^31 - 1, 2^31 + 0.5, -2^31 - 0.5, 2^32, -2^32,
  2^52, -2^52, 2^52 - 0.5, -2^52 + 0.5, 2^52 + 1, 2^53, -2^53, 2^53 + 2, 2^63, 2^64, 1e300, -1e300,
  1.7976931348623157e308, -1.7976931348623157e308, 5e-324, -5e-324, 2.2250738585072014e-308,
  2.225073858507201e-308, -2.225073858507201e-308, 1e-310, 1e-8, -1e-8, 100, 1e15 + 0.3, 709.78, 710, -745.2, 22, 3.14159}
local function fmt(v) return string.format("%.17g", v) end
for i, v in ipairs(vals) do
  local a, b = math.ceil(v)
  print("ceil", i, fmt(v), tostring(a), fmt(a), b ~= nil and fmt(b) or "", select('#', math.ceil(v)))
end
print(math.ceil("2"), math.ceil(" 0x10 "), math.ceil("-0"), math.ceil(3, "ignored", {}))
print(pcall(math.ceil))
print(pcall(math.ceil, nil))
print(pcall(math.ceil, "x"))
print(pcall(math.ceil, {}))
print(pcall(function() local r = math.ceil(true); return r end))
for x = -2, 2, 0.125 do io.write(fmt(math.ceil(x)), " ") end print()
for _, x in ipairs({-0.5000000000000001, -0.5, -0.75, -0.99999999999999989, -1, -1.0000000000000002, -1.5, -2.5, -0.25}) do print(fmt(x), fmt(math.ceil(x)), 1 / math.ceil(x)) end
