-- math.pow over pairs of -0, +-inf, NaN, huge, subnormal, +-2^31, 2^52, 2^53 and ordinary values
local vals = {0, -0, 1/0, -1/0, 0/0, 1, -1, 0.5, -0.5, 2, -2, 2.5, -3, 10, 0.1, 2^31, -2^31, 2^52 + 1, 2^53, -2^53,
  1e300, -1e300, 5e-324, -5e-324, 2.2250738585072014e-308, 1024, -1075, 1e-8}
local function fmt(v) return string.format("%.17g", v) end
for i, v in ipairs(vals) do
  local out = {}
  for j, w in ipairs(vals) do out[j] = fmt(math.pow(v, w)) end
  print("pow", i, fmt(v), table.concat(out, " "))
end
print(math.pow("2", "3"), math.pow(" 0x10 ", 2), math.pow("-0", "0"), math.pow(3, 2, "ignored", {}))
print(pcall(math.pow))
print(pcall(math.pow, 1))
print(pcall(math.pow, nil, 1))
print(pcall(math.pow, 1, nil))
print(pcall(math.pow, "x", 1))
print(pcall(math.pow, 1, "y"))
print(pcall(math.pow, {}, {}))
print(pcall(function() local r = math.pow(1, true); return r end))
for i = -4, 4 do for j = -3, 3, 0.5 do io.write(fmt(math.pow(i, j)), " ") end print() end
print(fmt(math.pow(2, 0.5)), fmt(math.pow(10, -5)), fmt(math.pow(-8, 1/3)), fmt(math.pow(2, 1023.5)), fmt(math.pow(2, -1074.5)))
