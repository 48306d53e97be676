-- math.sinh cosh tanh on -0, +-inf, NaN, huge, subnormal, +-2^31, 2^52, 2^53 and ordinary values
local vals = {0, -0, 1/0, -1/0, 0/0, 1, -1, 0.5, -0.5, 0.49999999999999994, -0.49999999999999994, 0.9, -0.9, 0.1, -0.1,
  1.5, -1.5, 2.5, -2.5, 3.7, -3.7, 2^31, -2^31, 2^31 - 1, -2^31 - 1, 2^31 + 0.5, -2^31 - 0.5, 2^32, -2^32,
  2^52, -2^52, 2^52 - 0.5, -2^52 + 0.5, 2^52 + 1, 2^53, -2^53, 2^53 + 2, 2^63, 2^64, 1e300, -1e300,
  1.7976931348623157e308, -1.7976931348623157e308, 5e-324, -5e-324, 2.2250738585072014e-308,
  2.225073858507201e-308, -2.225073858507201e-308, 1e-310, 1e-8, -1e-8, 100, 1e15 + 0.3, 709.78, 710, -745.2, 22, 3.14159}
local function fmt(v) return string.format("%.17g", v) end
for i, v in ipairs(vals) do
  local a, b = math.sinh(v)
  print("sinh", i, fmt(v), tostring(a), fmt(a), b ~= nil and fmt(b) or "", select('#', math.sinh(v)))
end
print(math.sinh("2"), math.sinh(" 0x10 "), math.sinh("-0"), math.sinh(3, "ignored", {}))
print(pcall(math.sinh))
print(pcall(math.sinh, nil))
print(pcall(math.sinh, "x"))
print(pcall(math.sinh, {}))
print(pcall(function() local r = math.sinh(true); return r end))
for i, v in ipairs(vals) do
  local a, b = math.cosh(v)
  print("cosh", i, fmt(v), tostring(a), fmt(a), b ~= nil and fmt(b) or "", select('#', math.cosh(v)))
end
print(math.cosh("2"), math.cosh(" 0x10 "), math.cosh("-0"), math.cosh(3, "ignored", {}))
print(pcall(math.cosh))
print(pcall(math.cosh, nil))
print(pcall(math.cosh, "x"))
print(pcall(math.cosh, {}))
print(pcall(function() local r = math.cosh(true); return r end))
for i, v in ipairs(vals) do
  local a, b = math.tanh(v)
  print("tanh", i, fmt(v), tostring(a), fmt(a), b ~= nil and fmt(b) or "", select('#', math.tanh(v)))
end
print(math.tanh("2"), math.tanh(" 0x10 "), math.tanh("-0"), math.tanh(3, "ignored", {}))
print(pcall(math.tanh))
print(pcall(math.tanh, nil))
print(pcall(math.tanh, "x"))
print(pcall(math.tanh, {}))
print(pcall(function() local r = math.tanh(true); return r end))
for i = -6, 6 do print(i, fmt(math.sinh(i)), fmt(math.cosh(i)), fmt(math.tanh(i))) end
