local function t(v) return function() return v end end
print((t(1)()) and (t(2)()) and (t(3)()))
print(nil and t(1)(), false or t(2)(), nil or false or 0)
local a = {}
print(a and a.x and a.x.y, a.x == nil)
local n = 0
local function inc() n = n + 1 return true end
local _ = inc() or inc()
local _ = false and inc()
local _ = nil or inc()
print("incs", n)
local x = 5
local desc = x > 3 and (x > 4 and "big" or "medium") or "small"
print(desc)
print(not 1 == 2, not (1 == 2), not nil == true)
local v = false
print(v == false and "is false" or "not false", v ~= nil)
print(1 and nil, nil and 1, false and nil, nil and false)
