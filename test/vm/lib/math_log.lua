-- math.log log10 on -0, +-inf, NaN, huge, subnormal, +-2^31, 2^52, 2^53 and ordinary values
local vals = {0, -0, 1/0, -1/0, 0/0, 1, -1, 0.5, -0.5, 0.49999999999999994, -0.49999999999999994, 0.9, -0.9, 0.1, -0.1,
  1.5, -1.5, 2.5, -2.5, 3.7, -3.7, 2^31, -2^31, 2^31 - 1, -2^31 - 1, 2^31 + 0.5, -2^31 - 0.5, 2^32, -2^32,
  2^52, -2^52, 2^52 - 0.5, -2^52 + 0.5, 2^52 + 1, 2^53, -2^53, 2^53 + 2, 2^63, 2^64, 1e300, -1e300,
  1.7976931348623157e308, -1.7976931348623157e308, 5e-324, -5e-324, 2.2250738585072014e-308,
  2.225073858507201e-308, -2.225073858507201e-308, 1e-310, 1e-8, -1e-8, 100, 1e15 + 0.3, 709.78, 710, -745.2, 22, 3.14159}
local function fmt(v) return string.format("%.17g", v) end
for i, v in ipairs(vals) do
  local a, b = math.log(v)
  print("log", i, fmt(v), tostring(a), fmt(a), b ~= nil and fmt(b) or "", select('#', math.log(v)))
end
print(math.log("2"), math.log(" 0x10 "), math.log("-0"), math.log(3, "10", nil))
print(pcall(math.log))
print(pcall(math.log, nil))
print(pcall(math.log, "x"))
print(pcall(math.log, {}))
print(pcall(function() local r = math.log(true); return r end))
for i, v in ipairs(vals) do
  local a, b = math.log10(v)
  print("log10", i, fmt(v), tostring(a), fmt(a), b ~= nil and fmt(b) or "", select('#', math.log10(v)))
end
print(math.log10("2"), math.log10(" 0x10 "), math.log10("-0"), math.log10(3, "ignored", {}))
print(pcall(math.log10))
print(pcall(math.log10, nil))
print(pcall(math.log10, "x"))
print(pcall(math.log10, {}))
print(pcall(function() local r = math.log10(true); return r end))
for i = -2, 20 do print(i, fmt(math.log(i)), fmt(math.log10(i)), fmt(math.log(10 ^ i)), fmt(math.log10(10 ^ i))) end
print(pcall(math.log, 1, nil))
