-- math.min max over pairs of -0, +-inf, NaN, huge, subnormal, +-2^31, 2^52, 2^53 and ordinary values
local vals = {0, -0, 1/0, -1/0, 0/0, 1, -1, 0.5, -0.5, 2, -2, 2.5, -3, 10, 0.1, 2^31, -2^31, 2^52 + 1, 2^53, -2^53,
  1e300, -1e300, 5e-324, -5e-324, 2.2250738585072014e-308, 1024, -1075, 1e-8}
local function fmt(v) return string.format("%.17g", v) end
for i, v in ipairs(vals) do
  local out = {}
  for j, w in ipairs(vals) do out[j] = fmt(math.min(v, w)) end
  print("min", i, fmt(v), table.concat(out, " "))
end
print(math.min("2", "3"), math.min(" 0x10 ", 2), math.min("-0", "0"), math.min(3, 2, "1", " 0x1 "))
print(pcall(math.min))
print(pcall(math.min, 1))
print(pcall(math.min, nil, 1))
print(pcall(math.min, 1, nil))
print(pcall(math.min, "x", 1))
print(pcall(math.min, 1, "y"))
print(pcall(math.min, {}, {}))
print(pcall(function() local r = math.min(1, true); return r end))
for i, v in ipairs(vals) do
  local out = {}
  for j, w in ipairs(vals) do out[j] = fmt(math.max(v, w)) end
  print("max", i, fmt(v), table.concat(out, " "))
end
print(math.max("2", "3"), math.max(" 0x10 ", 2), math.max("-0", "0"), math.max(3, 2, "4", " 0x10 "))
print(pcall(math.max))
print(pcall(math.max, 1))
print(pcall(math.max, nil, 1))
print(pcall(math.max, 1, nil))
print(pcall(math.max, "x", 1))
print(pcall(math.max, 1, "y"))
print(pcall(math.max, {}, {}))
print(pcall(function() local r = math.max(1, true); return r end))
print(math.min(1), math.max(1), math.min(3, 1, 2), math.max(3, 1, 2), math.min(1, 2, 0/0), math.min(0/0, 2, 1), math.max(0/0, 1, 2), math.max(1, 2, 0/0))
print(1 / math.min(0, -0), 1 / math.min(-0, 0), 1 / math.max(0, -0), 1 / math.max(-0, 0), 1 / math.min(-0, 0, -0), 1 / math.max(0, -0, 0))
print(math.min("10", 9), math.max("10", 9), type(math.max("10", 9)), math.min(1, 2, 3, 4, 5, 6, 7, 8, -1), math.max(-1/0, -2^53))
print(pcall(math.min, 1, 2, 3, nil))
print(pcall(math.max, 1, 2, {}, "x"))
print(pcall(function() local r = math.min(); return r end))
print(pcall(function() local r = math.max(nil); return r end))
