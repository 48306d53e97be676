local t = {}
local i = 1
i, t[i] = i + 1, "x"
print(i, t[1], t[2])
local a = {1, 2, 3}
local j = 1
a[j], j = 10, 2
print(a[1], a[2], j)
local x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
local p = {}
p.a, p.b = 1
print(p.a, p.b)
local q = {n = 0}
local function bump() q.n = q.n + 1; return q.n end
local r1, r2, r3 = bump(), bump(), bump()
print(r1, r2, r3)
local s1, s2 = (function() return "a", "b" end)()
print(s1, s2)
local u1, u2, u3 = 1, (function() return 2, 3 end)()
print(u1, u2, u3)
local v1, v2, v3 = (function() return 2, 3 end)(), 1
print(v1, v2, v3)
local g = {}
g[1], g[2], g[3] = (function() return "x", "y", "z" end)()
print(g[1], g[2], g[3])
