print(pcall(table.sort, {3, "a", 1}))
print(pcall(table.sort, {{}, {}}))
print(pcall(table.sort, nil))
print(pcall(table.sort, {1, 2}, 5))
local ok = pcall(table.sort, {5, 4, 3, 2, 1, 6, 7, 8, 9, 10, 11, 12}, function(a, b) return true end)
print("always-true comparator raises or not:", type(ok))
print(pcall(table.sort, {1, nil, 3}))
local t = {3, 2, 1}
print(pcall(table.sort, t, function(a, b) error("cmp failed") end))
local mt = {__lt = function(a, b) return a.v < b.v end}
local objs = {}
for i, v in ipairs({4, 2, 5, 1, 3}) do objs[i] = setmetatable({v = v}, mt) end
table.sort(objs)
for _, o in ipairs(objs) do io.write(o.v, " ") end print()
local calls = 0
local u = {9, 8, 7, 6, 5, 4, 3, 2, 1}
table.sort(u, function(a, b) calls = calls + 1; return a < b end)
print(table.concat(u, ","), calls > 0)
