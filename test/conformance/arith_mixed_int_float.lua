local a, b = 3, 0.5
print(a + b, a - b, a * b, a / b, a % b, a ^ b)
print(7 / 2, 7 % 2.5, -7 % 2.5, 2 ^ 0.5 * 2 ^ 0.5)
print(1e15 + 1, 1e15 + 0.5, 1e16 + 1)
print(0.1 * 10, 0.1 * 3, 3 * 0.1 == 0.3)
local x = 0
for i = 1, 10 do x = x + i / 10 end
print(x)
local y = 1
for i = 1, 10 do y = y / 2 end
print(y, y * 1024)
print(5 / 0.5, 5 % 0.3, (5 % 0.3) < 0.3)
print(-5 / 2, math.floor(-5 / 2), -5 % 2)
