local i, j = 0, 10
while i < j and i * j < 30 do i = i + 1; j = j - 1 end
print(i, j)
local t = {3, 1, 4, 1, 5, 9, 2, 6}
local k = 1
while t[k] and t[k] ~= 9 do k = k + 1 end
print("found 9 at", k)
local n = 100
local steps = 0
while not (n == 1) do n = n % 2 == 0 and n / 2 or n * 3 + 1; steps = steps + 1 end
print("steps", steps)
local a, b = 1071, 462
repeat a, b = b, a % b until b == 0
print("gcd", a)
local x = 0
while true do x = x + 1 if x % 7 == 0 and x % 5 == 0 then break end end
print("lcm", x)
