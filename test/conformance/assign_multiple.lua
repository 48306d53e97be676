local a, b, c = 1, 2, 3
print(a, b, c)
a, b = b, a
print("swapped", a, b)
a, b, c = c, a
print(a, b, c)
local t = {1, 2, 3}
local i = 1
i, t[i] = i + 1, 20
print(i, t[1], t[2])
local x, y, z = (function() return 1, 2, 3 end)()
print(x, y, z)
local p, q = (function() return 1, 2, 3 end)(), 10
print(p, q)
local u, v, w = 5
print(u, v, w)
local m = {}
m.a, m.b, m.c = "A", "B"
print(m.a, m.b, m.c)
local n1, n2 = 1
n1, n2 = n2, n1
print(n1, n2)
local s = {}
s[1], s[2], s[3] = 3, 2, 1
print(s[1], s[2], s[3])
local k = "key"
local r = {}
r[k], k = "v1", "other"
print(r.key, r.other, k)
