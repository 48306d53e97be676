local mt = {}
mt.__lt = function(a, b) return a.v < b.v end
mt.__le = function(a, b) return a.v <= b.v end
local function V(x) return setmetatable({v = x}, mt) end
local a, b, c = V(1), V(2), V(1)
print(a < b, b < a, a <= c, a > b, b >= a, a >= c)
local nole = {__lt = function(x, y) return x.v < y.v end}
local p, q = setmetatable({v = 1}, nole), setmetatable({v = 2}, nole)
print("le via not lt", p <= q, q <= p, p <= p)
local list = {V(5), V(3), V(9), V(1)}
table.sort(list)
for _, x in ipairs(list) do io.write(x.v, " ") end print()
print(pcall(function() return a < 1 end))
print(pcall(function() return {} < {} end))
local s1 = setmetatable({}, {__lt = function() return "yes" end})
local s2 = setmetatable({}, getmetatable(s1))
print("truthy lt", s1 < s2, s1 > s2)
local m3 = {__lt = function() return false end}
local m4 = {__lt = function() return true end}
print(pcall(function() return setmetatable({}, m3) < setmetatable({}, m4) end))
