local store = {}
local log = {}
local t = setmetatable({}, {__newindex = function(self, k, v)
  log[#log + 1] = tostring(k) .. "=" .. tostring(v)
  rawset(self, k, v and v * 2)
end})
t.a = 1
t.b = 2
t.a = 10
print(t.a, t.b, table.concat(log, " "))
local redirect = setmetatable({}, {__newindex = store})
redirect.x = "X"
redirect[1] = "one"
print(rawget(redirect, "x"), store.x, store[1])
local ro = setmetatable({}, {__newindex = function(_, k) error("read-only key " .. k, 2) end, __index = {const = 42}})
print(ro.const)
print(pcall(function() ro.const = 1 end))
local existing = setmetatable({present = 1}, {__newindex = function() print("should not fire") end})
existing.present = 2
print("existing updated", existing.present)
local cnt = 0
local counter = setmetatable({}, {__newindex = function(t, k, v) cnt = cnt + 1; rawset(t, k, v) end})
for i = 1, 5 do counter[i] = i end
for i = 1, 5 do counter[i] = -i end
print("newindex calls", cnt, counter[3])
local chained = setmetatable({}, {__newindex = setmetatable({}, {__newindex = function(_, k, v) print("deep set", k, v) end})})
chained.q = 9
