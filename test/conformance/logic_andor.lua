print(1 and 2, nil and 2, false and 2, 1 or 2, nil or 2, false or nil, nil or false)
print(not nil, not false, not 0, not "", not not nil)
local x = nil
local y = x or "default"
print(y)
local function f(v) return v and "truthy" or "falsy" end
print(f(0), f(""), f(false), f(nil), f({}))
print(false and error("never"), true or error("never"))
local calls = 0
local function side(v) calls = calls + 1; return v end
local r = side(false) and side(true) or side("c")
print(r, calls)
calls = 0
r = side(1) or side(2) or side(3)
print(r, calls)
print(nil and nil or "x", 1 and nil or "y")
local a, b = 5, 10
print(a < b and "lt" or "ge", a > b and "gt" or "le")
print(1 == 1 and 2 == 2, 1 == 1 and 2 == 3 or "alt")
local t = {}
t.v = t.v or {}
t.v.n = (t.v.n or 0) + 1
print(t.v.n)
print((nil or false) == false, (false or nil) == nil)
