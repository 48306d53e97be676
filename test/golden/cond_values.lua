local a, b = 1, 2
local t = {}
t.x = a < b
t.y = a == b or a
t.z = a and b < 3
local u = (a < b) == true
local v = a < b and b < 3 or false
print(t.x, t.y, t.z, u, v)
