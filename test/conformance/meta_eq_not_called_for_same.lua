local calls = 0
local mt = {__eq = function(a, b) calls = calls + 1 return false end}
local a = setmetatable({}, mt)
print(a == a, calls)
local b = setmetatable({}, mt)
print(a == b, calls)
print(a ~= b, calls)
local t = {}
t[a] = 1
t[b] = 2
print(t[a], t[b], calls)
print(rawequal(a, b), calls)
local list = {a, b}
local found = 0
for _, x in ipairs(list) do if x == b then found = found + 1 end end
print("found", found, calls)
