local mt = {__eq = function() return true end}
local a = setmetatable({}, mt)
print(a == 1, 1 == a, a == "a", a == a)
local b = setmetatable({}, mt)
print(a == b, b == a, a ~= b)
local f1 = function() end
print(f1 == f1, f1 ~= function() end)
local s1 = "abc"
local s2 = "ab" .. "c"
print(s1 == s2, rawequal(s1, s2))
print(1 == 1.0, 0.1 + 0.2 == 0.3, -0 == 0)
local t1 = {}
local t2 = t1
print(t1 == t2, rawequal(t1, t2))
local co = coroutine.create(function() end)
print(co == co, co == coroutine.create(function() end))
print(true == true, true == 1, nil == false)
