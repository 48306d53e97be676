-- math.abs on -0, +-inf, NaN, huge, subnormal, +-2^31, 2^52, 2^53 and ordinary values
local vals = {0, -0, 1/0, -1/0, 0/0, 1, -1, 0.5, -0.5, 0.49999999999999994, -0.49999999999999994, 0.9, -0.9, 0.1, -0.1,
  1.5, -1.5, 2.5, -2.5, 3.7, -3.7, 2^31, -2^31, 2^31 - 1, -2^31 - 1, 2^31 + 0.5, -2^31 - 0.5, 2^32, -2^32,
  2^52, -2^52, 2^52 - 0.5, -2^52 + 0.5, 2^52 + 1, 2^53, -2^53, 2^53 + 2, 2^63, 2^64, 1e300, -1e300,
  1.7976931348623157e308, -1.7976931348623157e308, 5e-324, -5e-324, 2.2250738585072014e-308,
  2.225073858507201e-308, -2.225073858507201e-308, 1e-310, 1e-8, -1e-8, 100, 1e15 + 0.3, 709.78, 710, -745.2, 22, 3.14159}
local function fmt(v) return string.format("%.17g", v) end
for i, v in ipairs(vals) do
  local a, b = math.abs(v)
  print("abs", i, fmt(v), tostring(a), fmt(a), b ~= nil and fmt(b) or "", select('#', math.abs(v)))
end
print(math.abs("2"), math.abs(" 0x10 "), math.abs("-0"), math.abs(3, "ignored", {}))
print(pcall(math.abs))
print(pcall(math.abs, nil))
print(pcall(math.abs, "x"))
print(pcall(math.abs, {}))
print(pcall(function() local r = math.abs(true); return r end))
print(1 / math.abs(-0), math.abs(-2^31) == 2^31, math.abs(-1/0) == 1/0)
