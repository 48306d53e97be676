local mt = {__lt = function(a, b) return a.v < b.v end}
local a, b = setmetatable({v = 1}, mt), setmetatable({v = 2}, mt)
print(a <= b, b <= a, a <= a, a >= b, b >= a)
local only_le = {__le = function(a, b) return a.v <= b.v end}
local c, d = setmetatable({v = 3}, only_le), setmetatable({v = 3}, only_le)
print(c <= d, c >= d)
print(pcall(function() return c < d end))
local calls = {}
local spy = {__lt = function(x, y) calls[#calls + 1] = "lt" return x.v < y.v end, __le = function(x, y) calls[#calls + 1] = "le" return x.v <= y.v end}
local e, f = setmetatable({v = 1}, spy), setmetatable({v = 1}, spy)
print(e < f, e <= f, e > f, e >= f)
print(table.concat(calls, ","))
