local function idiv(a, b) return math.floor(a / b) end
for _, p in ipairs({{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {1e15, 7}}) do
  local a, b = p[1], p[2]
  print(a, b, idiv(a, b), a % b, idiv(a, b) * b + a % b == a)
end
print(math.floor(2 ^ 31 / 3), math.floor(-(2 ^ 31) / 3))
print(2 ^ 31 % 7, -(2 ^ 31) % 7, 2 ^ 53 % 2, (2 ^ 53 - 1) % 2)
local x = 1
for i = 1, 10 do x = (x * 31 + 7) % 1000003 end
print(x)
local h = 0
for c in ("hash me please"):gmatch(".") do h = (h * 33 + c:byte()) % 4294967296 end
print(h)
