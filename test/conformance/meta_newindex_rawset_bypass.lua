local log = {}
local mt = {__newindex = function(t, k, v) log[#log + 1] = k; rawset(t, k, v) end}
local t = setmetatable({}, mt)
t.a = 1
t.a = 2
t.b = 3
rawset(t, "c", 4)
t.c = 5
print(table.concat(log, ","), t.a, t.b, t.c)
t.a = nil
t.a = 6
print(table.concat(log, ","), t.a)
local arr = setmetatable({}, mt)
log = {}
for i = 1, 5 do arr[i] = i end
arr[3] = nil
arr[3] = 30
print(table.concat(log, ","), arr[3])
