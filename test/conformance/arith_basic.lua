local a, b = 7, 2
print(a + b, a - b, a * b, a / b, a % b, a ^ b, -a)
print(7.5 + 0.25, 7.5 - 10, 1.5 * 4, 1 / 3, 2 ^ 10, 2 ^ -1, 2 ^ 0.5)
print(10 / 4, 9 / 3, -9 / 3, 0 / 5, -0 / 5 == 0)
print(1e308 * 10, -1e308 * 10, 1e-320 / 1e10)
print(3 - -3, - - 3, -(-3))
print(2 ^ 3 ^ 2, (2 ^ 3) ^ 2, -2 ^ 2, (-2) ^ 2)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * (3 - 4) / 2)
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 100 * 1.1)
print(2 ^ 53 + 1, 2 ^ 53 + 2, 2 ^ 63, 2 ^ 64, 2 ^ 1023 * 2)
local x = 0
for i = 1, 100 do x = x + i * 0.5 end
print("sum", x)
local big = 1
for i = 1, 30 do big = big * 3 end
print("3^30", big, 3 ^ 30)
local h = 2 ^ 31
print(h, h - 1, -h, h * 2, (h * 2) - 1)
print(1 / 7 * 7, 49 / 7, 1e15 / 3)
print(8 % 3, -8 % 3, 8 % -3, -8 % -3)
