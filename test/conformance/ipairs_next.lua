local t = {"a", "b", "c", nil, "e"}
for i, v in ipairs(t) do io.write(i, v, " ") end print()
local n = 0
for _ in ipairs({}) do n = n + 1 end
print("empty", n)
local mixed = {1, 2, 3, x = "x", [5] = 5}
local c = 0
for i, v in ipairs(mixed) do c = c + 1 end
print("ipairs stops at hole", c)
print(next({}), next({}, nil))
local one = {k = "v"}
print(next(one))
print(next(one, "k"))
local arr = {10, 20, 30}
local k, v = next(arr)
print(k, v)
k, v = next(arr, k)
print(k, v)
print(pcall(next, {}, "nokey"))
print(pcall(ipairs))
local f, s, init = ipairs(arr)
print(type(f), s == arr, init)
print(f(arr, 0))
print(f(arr, 2))
print(f(arr, 3))
local pf, ps, pi = pairs(arr)
print(pf == next, ps == arr, pi)
local idx = setmetatable({}, {__index = function(_, i) if i <= 3 then return i * 11 end end})
local got = {}
for i, v in ipairs(idx) do got[#got + 1] = v end
print("ipairs with __index", #got, table.concat(got, ","))
