-- math.fmod over pairs of -0, +-inf, NaN, huge, subnormal, +-2^31, 2^52, 2^53 and ordinary values
local vals = {0, -0, 1/0, -1/0, 0/0, 1, -1, 0.5, -0.5, 2, -2, 2.5, -3, 10, 0.1, 2^31, -2^31, 2^52 + 1, 2^53, -2^53,
  1e300, -1e300, 5e-324, -5e-324, 2.2250738585072014e-308, 1024, -1075, 1e-8}
local function fmt(v) return string.format("%.17g", v) end
for i, v in ipairs(vals) do
  local out = {}
  for j, w in ipairs(vals) do out[j] = fmt(math.fmod(v, w)) end
  print("fmod", i, fmt(v), table.concat(out, " "))
end
print(math.fmod("2", "3"), math.fmod(" 0x10 ", 2), math.fmod("-0", "0"), math.fmod(3, 2, "ignored", {}))
print(pcall(math.fmod))
print(pcall(math.fmod, 1))
print(pcall(math.fmod, nil, 1))
print(pcall(math.fmod, 1, nil))
print(pcall(math.fmod, "x", 1))
print(pcall(math.fmod, 1, "y"))
print(pcall(math.fmod, {}, {}))
print(pcall(function() local r = math.fmod(1, true); return r end))
for i = -7, 7 do io.write(fmt(math.fmod(i, 3)), ",", fmt(math.fmod(i, -3)), ",", fmt(math.fmod(i + 0.5, 2)), " ") end print()
print(fmt(math.fmod(2^53, 3)), fmt(math.fmod(-2^53, 7)), fmt(math.fmod(1e300, 7)), fmt(math.fmod(5e-324 * 7, 5e-324 * 2)))
