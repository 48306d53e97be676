local s = 0
for i = 1, 100000 do s = s + i end
print(s)
local c = 0
for i = 100000, 1, -7 do c = c + 1 end
print(c)
local f = 0
for x = 0, 10, 0.001 do f = f + 1 end
print(f)
local t = 0
for i = 1, 1000 do for j = i, 1000, 100 do t = t + 1 end end
print(t)
local p = 1
for i = 1, 50 do p = (p * 3) % 1000007 end
print(p)
