-- math.asin acos atan on -0, +-inf, NaN, huge, subnormal, +-2^31, 2^52, 2^53 and ordinary values
local vals = {0, -0, 1/0, -1/0, 0/0, 1, -1, 0.5, -0.5, 0.49999999999999994, -0.49999999999999994, 0.9, -0.9, 0.1, -0.1,
  1.5, -1.5, 2.5, -2.5, 3.7, -3.7, 2^31, -2^31, 2^31 - 1, -2^31 - 1, 2^31 + 0.5, -2^31 - 0.5, 2^32, -2^32,
  2^52, -2^52, 2^52 - 0.5, -2^52 + 0.5, 2^52 + 1, 2^53, -2^53, 2^53 + 2, 2^63, 2^64, 1e300, -1e300,
  1.7976931348623157e308, -1.7976931348623157e308, 5e-324, -5e-324, 2.2250738585072014e-308,
  2.225073858507201e-308, -2.225073858507201e-308, 1e-310, 1e-8, -1e-8, 100, 1e15 + 0.3, 709.78, 710, -745.2, 22, 3.14159}
local function fmt(v) return string.format("%.17g", v) end
for i, v in ipairs(vals) do
  local a, b = math.asin(v)
  print("asin", i, fmt(v), tostring(a), fmt(a), b ~= nil and fmt(b) or "", select('#', math.asin(v)))
end
print(math.asin("2"), math.asin(" 0x10 "), math.asin("-0"), math.asin(3, "ignored", {}))
print(pcall(math.asin))
print(pcall(math.asin, nil))
print(pcall(math.asin, "x"))
print(pcall(math.asin, {}))
print(pcall(function() local r = math.asin(true); return r end))
for i, v in ipairs(vals) do
  local a, b = math.acos(v)
  print("acos", i, fmt(v), tostring(a), fmt(a), b ~= nil and fmt(b) or "", select('#', math.acos(v)))
end
print(math.acos("2"), math.acos(" 0x10 "), math.acos("-0"), math.acos(3, "ignored", {}))
print(pcall(math.acos))
print(pcall(math.acos, nil))
print(pcall(math.acos, "x"))
print(pcall(math.acos, {}))
print(pcall(function() local r = math.acos(true); return r end))
for i, v in ipairs(vals) do
  local a, b = math.atan(v)
  print("atan", i, fmt(v), tostring(a), fmt(a), b ~= nil and fmt(b) or "", select('#', math.atan(v)))
end
print(math.atan("2"), math.atan(" 0x10 "), math.atan("-0"), math.atan(3, "ignored", {}))
print(pcall(math.atan))
print(pcall(math.atan, nil))
print(pcall(math.atan, "x"))
print(pcall(math.atan, {}))
print(pcall(function() local r = math.atan(true); return r end))
for i = -8, 8 do print(i, fmt(math.asin(i / 8)), fmt(math.acos(i / 8)), fmt(math.atan(i))) end
