local function f() return 1, 2, 3 end
local a, b, c = f()
local d, e = f(), 10
local g, h, i, j = 1, f()
a, b, c = f()
a, b = c, a
local t = {}
t.x, t.y = f()
t[1], t[2], t[3] = 1, 2
x1, x2 = f()
print(a, b, c, d, e, g, h, i, j, t.x, t.y, x1, x2)
