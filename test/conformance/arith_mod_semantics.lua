local cases = {
  {5, 3}, {-5, 3}, {5, -3}, {-5, -3}, {5.5, 2}, {-5.5, 2}, {5.5, -2}, {-5.5, -2},
  {0, 3}, {3, 0.5}, {7, 7}, {-7, 7}, {1e15 + 1, 7}, {0.3, 0.1}, {2 ^ 53, 3}, {-0.5, 1},
}
for _, c in ipairs(cases) do
  local a, b = c[1], c[2]
  local r = a % b
  local ref = a - math.floor(a / b) * b
  print(a, b, r, r == ref)
end
print("fmod", math.fmod(5, 3), math.fmod(-5, 3), math.fmod(5, -3), math.fmod(-5.5, 2))
local inf = 1 / 0
print("inf cases", 5 % inf, -5 % inf, inf % 5)
print("zero div", 5 % 0, 0 % 0)
local m = 0
for i = -10, 10 do m = m + (i % 4) end
print("loop mod sum", m)
local fm = 0
for i = -3, 3, 0.5 do fm = fm + (i % 1.25) end
print("float mod sum", fm)
