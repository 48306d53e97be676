local mt = {__eq = function(a, b) return a.id == b.id end}
local a = setmetatable({id = 1}, mt)
local b = setmetatable({id = 1}, mt)
local c = setmetatable({id = 2}, mt)
print(a == b, a == c, a ~= b, a ~= c)
print(rawequal(a, b), rawequal(a, a))
local other = setmetatable({id = 1}, {__eq = function() return true end})
print("different mms", a == other)
local same_fn = mt.__eq
local d = setmetatable({id = 1}, {__eq = same_fn})
print("same function", a == d)
print(a == 1, a == "x", a == nil)
local calls = 0
local m2 = {__eq = function(x, y) calls = calls + 1; return true end}
local e, f = setmetatable({}, m2), setmetatable({}, m2)
print(e == e, calls)
print(e == f, calls)
local plain = {}
print(e == plain, calls)
local r = setmetatable({}, {__eq = function() return 1 end})
local s = setmetatable({}, getmetatable(r))
print("truthy result", r == s)
local u = setmetatable({}, {__eq = function() return nil end})
local v = setmetatable({}, getmetatable(u))
print("nil result", u == v, u ~= v)
