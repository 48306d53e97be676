local function f1() return "f1" end
local f2 = function() return "f2" end
local t = {}
function t.f3() return "f3" end
function t:f4() return self == t and "f4" end
t.f5 = function(self) return self == t and "f5" end
print(f1(), f2(), t.f3(), t:f4(), t:f5())
local function rec(n) return n <= 0 and "rec done" or rec(n - 1) end
print(rec(10))
local lf = function(n) return n end
print(lf(1), (lf)(2), (function(n) return n end)(3))
local anon = {function() return "in table" end}
print(anon[1]())
local nested = {a = {b = {c = function() return "deep fn" end}}}
print(nested.a.b.c(), nested["a"]["b"]["c"]())
print(type(f1), f1 ~= f2, f1 == f1)
