local function mk() return function() end end
local a, b = mk(), mk()
print(a == b, a == a)
local fs = {}
for i = 1, 3 do fs[i] = function() return i end end
print(fs[1] == fs[2], fs[1]() + fs[2]() + fs[3]())
local t = {}
t[a] = "a"
t[b] = "b"
print(t[a], t[b])
local same = print
print(same == print, rawequal(same, print))
local function self_ref() return self_ref end
print(self_ref() == self_ref)
local up = 0
local getter1 = function() return up end
local getter2 = function() return up end
up = 5
print(getter1(), getter2(), getter1 == getter2)
