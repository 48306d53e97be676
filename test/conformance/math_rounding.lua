local vals = {-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.7, -3.7, 0, 1e15 + 0.5, 2 ^ 52 + 0.5}
for _, v in ipairs(vals) do
  print(v, math.floor(v), math.ceil(v + 0.0))
end
print(math.floor(1 / 0), math.ceil(-1 / 0))
print(math.floor(3), math.ceil(3), math.floor(-3), math.ceil(-3))
print(math.abs(-5), math.abs(5), math.abs(-0.5), math.abs(-1 / 0))
print(pcall(math.floor, "x"))
print(math.floor("2.5"), math.ceil("2.5"))
local s = 0
for i = -20, 20 do s = s + math.floor(i / 3) + math.ceil(i / 3) end
print("sum", s)
print(math.modf(3.7))
print(math.modf(-3.7))
print(math.modf(5))
print(math.modf(1 / 0))
print(math.modf(-1 / 0))
