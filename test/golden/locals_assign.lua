local a, b, c = 1, 2
local d
local e, f = 3, 4, 5
a, b = b, a
local t = {}
t[1], t = 1, 2
local i = 1
local u = {}
u[i], i = i, 3
x, y, z = 1
print(a, b, c, d, e, f, t, i, x, y, z)
