local ok = 0
for i = 1, 100 do
  local x = i * 0.0628
  if math.abs(math.sin(x) ^ 2 + math.cos(x) ^ 2 - 1) < 1e-12 then ok = ok + 1 end
end
print("sin^2+cos^2", ok)
local e = 0
for i = 1, 50 do
  local x = i * 0.1
  e = math.max(e, math.abs(math.exp(math.log(x)) - x))
end
print("exp(log(x))", e < 1e-12)
print(string.format("%.12f %.12f", math.atan2(1, 2), math.atan(0.5)))
print(string.format("%.12f", math.tan(math.pi / 3) - math.sqrt(3)))
print(math.floor(math.deg(math.asin(0.5)) + 0.5), math.floor(math.deg(math.acos(0.5)) + 0.5))
print(string.format("%.10f %.10f", math.sinh(0.5) * 2, math.exp(0.5) - math.exp(-0.5)))
