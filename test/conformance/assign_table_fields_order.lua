local t = {}
t.a, t.b, t.c = 1, 2, 3
print(t.a, t.b, t.c)
t.a, t.b = t.b, t.a
print(t.a, t.b)
local arr = {10, 20, 30}
arr[1], arr[3] = arr[3], arr[1]
print(table.concat(arr, ","))
local idx = 1
arr[idx], arr[idx + 1] = arr[idx + 1], arr[idx]
print(table.concat(arr, ","))
local g = {}
g.x, g.y = (function() return "X", "Y", "Z" end)()
print(g.x, g.y)
local o = {v = 0}
o.v, o.w = o.v + 1, o.v + 2
print(o.v, o.w)
