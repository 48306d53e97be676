local mt = {__lt = function(a, b) return (type(a) == "table" and a.v or a) < (type(b) == "table" and b.v or b) end}
local x = setmetatable({v = 5}, mt)
print(pcall(function() return x < 10 end))
print(pcall(function() return 10 < x end))
local y = setmetatable({v = 7}, mt)
print(x < y, y < x, x > y)
print(pcall(function() return x <= y end))
local smt = {__lt = function(a, b) return #a.s < #b.s end, __le = function(a, b) return #a.s <= #b.s end}
local s1 = setmetatable({s = "aa"}, smt)
local s2 = setmetatable({s = "b"}, smt)
print(s1 < s2, s2 < s1, s1 <= s2, s2 <= s1, s1 >= s2)
print(pcall(function() return "a" < 1 end))
print(pcall(function() return 1 <= "a" end))
