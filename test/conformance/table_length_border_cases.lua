local t = {}
t[1], t[2], t[3] = 1, 2, 3
print(#t)
t[4] = 4
print(#t)
t[2] = nil
print(#t == 4 or #t == 1)
local a = {}
for i = 1, 8 do a[i] = i end
for i = 8, 5, -1 do a[i] = nil end
print(#a)
local b = {n = 3}
print(#b)
local c = {[1] = "a", [2] = "b", [3] = "c"}
print(#c)
local d = {}
d[1] = 1
d[3] = 3
print(#d == 1 or #d == 3)
local e = {1, 2, 3, nil}
print(#e)
local f = {nil}
print(#f)
