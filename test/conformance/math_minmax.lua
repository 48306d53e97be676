print(math.max(1, 2, 3), math.max(3, 2, 1), math.max(-1), math.max(1.5, 1.25))
print(math.min(1, 2, 3), math.min(3, 2, 1), math.min(-1), math.min(1.5, 1.25))
print(math.max(-1 / 0, 1 / 0), math.min(-1 / 0, 1 / 0))
print(pcall(math.max))
print(pcall(math.min))
print(pcall(math.max, 1, "x"))
print(math.max("10", 9), math.min("10", 9))
local t = {}
for i = 1, 20 do t[i] = (i * 37) % 23 end
print(math.max(unpack(t)), math.min(unpack(t)))
local mx = -math.huge
for i = 1, 100 do mx = math.max(mx, math.sin(i)) end
print(string.format("%.10f", mx))
print(math.max(5, 5.0), math.min(2, 2))
