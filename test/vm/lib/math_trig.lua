-- math.sin cos tan on -0, +-inf, NaN, huge, subnormal, +-2^31, 2^52, 2^53 and ordinary values
local vals = {0, -0, 1/0, -1/0, 0/0, 1, -1, 0.5, -0.5, 0.49999999999999994, -0.49999999999999994, 0.9, -0.9, 0.1, -0.1,
  1.5, -1.5, 2.5, -2.5, 3.7, -3.7, 2^31, -2^31, 2^31 - 1, -2^31 - 1, 2^31 + 0.5, -2^31 - 0.5, 2^32, -2^32,
  2^52, -2^52, 2^52 - 0.5, -2^52 + 0.5, 2^52 + 1, 2^53, -2^53, 2^53 + 2, 2^63, 2^64, 1e300, -1e300,
  1.7976931348623157e308, -1.7976931348623157e308, 5e-324, -5e-324, 2.2250738585072014e-308,
  2.225073858507201e-308, -2.225073858507201e-308, 1e-310, 1e-8, -1e-8, 100, 1e15 + 0.3, 709.78, 710, -745.2, 22, 3.14159}
local function fmt(v) return string.format("%.17g", v) end
for i, v in ipairs(vals) do
  local a, b = math.sin(v)
  print("sin", i, fmt(v), tostring(a), fmt(a), b ~= nil and fmt(b) or "", select('#', math.sin(v)))
end
print(math.sin("2"), math.sin(" 0x10 "), math.sin("-0"), math.sin(3, "ignored", {}))
print(pcall(math.sin))
print(pcall(math.sin, nil))
print(pcall(math.sin, "x"))
print(pcall(math.sin, {}))
print(pcall(function() local r = math.sin(true); return r end))
for i, v in ipairs(vals) do
  local a, b = math.cos(v)
  print("cos", i, fmt(v), tostring(a), fmt(a), b ~= nil and fmt(b) or "", select('#', math.cos(v)))
end
print(math.cos("2"), math.cos(" 0x10 "), math.cos("-0"), math.cos(3, "ignored", {}))
print(pcall(math.cos))
print(pcall(math.cos, nil))
print(pcall(math.cos, "x"))
print(pcall(math.cos, {}))
print(pcall(function() local r = math.cos(true); return r end))
for i, v in ipairs(vals) do
  local a, b = math.tan(v)
  print("tan", i, fmt(v), tostring(a), fmt(a), b ~= nil and fmt(b) or "", select('#', math.tan(v)))
end
print(math.tan("2"), math.tan(" 0x10 "), math.tan("-0"), math.tan(3, "ignored", {}))
print(pcall(math.tan))
print(pcall(math.tan, nil))
print(pcall(math.tan, "x"))
print(pcall(math.tan, {}))
print(pcall(function() local r = math.tan(true); return r end))
for i = -8, 8 do print(i, fmt(math.sin(i * math.pi / 4)), fmt(math.cos(i * math.pi / 4)), fmt(math.tan(i * math.pi / 4))) end
