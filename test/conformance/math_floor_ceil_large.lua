local vals = {2 ^ 52 - 0.5, 2 ^ 52 + 1, -2 ^ 52 + 0.5, 1e16 + 2, -1e16, 4503599627370495.5, -4503599627370495.5}
for _, v in ipairs(vals) do
  print(string.format("%.1f", v), string.format("%.0f", math.floor(v)), string.format("%.0f", math.ceil(v)))
end
print(math.floor(0.9999999999999999), math.ceil(1.0000000000000002))
print(math.floor(-0.9999999999999999), math.ceil(-1.0000000000000002))
print(math.floor(1e-300), math.ceil(1e-300))
local s = 0
for i = -10, 10 do s = s + math.floor(i * 0.7) - math.ceil(i * 0.7) end
print("floor-ceil sum", s)
print(math.floor(-2 ^ 53), math.ceil(2 ^ 53 - 1))
