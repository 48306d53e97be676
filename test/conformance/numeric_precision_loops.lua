local s = 0
for i = 1, 1000 do s = s + 0.1 end
print(s, s == 100, math.abs(s - 100) < 1e-9)
local p = 1
for i = 1, 60 do p = p * 2 end
print(p, p == 2 ^ 60)
local f = 1
for i = 1, 25 do f = f * i end
print(f, string.format("%.0f", f))
local h = 0
for i = 1, 100 do h = h + 1 / i end
print(h)
local c = 0
for x = 0, 1, 1 / 3 do c = c + 1 end
print("thirds", c)
local kahan, comp = 0, 0
for i = 1, 1000 do local y = 0.1 - comp; local t = kahan + y; comp = (t - kahan) - y; kahan = t end
print(kahan)
