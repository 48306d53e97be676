local root = {name = "root"}
local level = root
for i = 1, 50 do level = setmetatable({}, {__index = level}) end
print(level.name)
local fnchain = setmetatable({}, {__index = function(t, k) if k > 0 then return t[k - 1] + 1 end return 0 end})
print(fnchain[10], fnchain[100])
local mixed = setmetatable({}, {__index = setmetatable({a = 1}, {__index = function(_, k) return "fn:" .. k end})})
print(mixed.a, mixed.b)
local counter = 0
local lazy = setmetatable({}, {__index = function(t, k) counter = counter + 1 rawset(t, k, k * k) return k * k end})
local s = 0
for r = 1, 3 do for i = 1, 10 do s = s + lazy[i] end end
print(s, counter)
