local t = {a = 1, b = 2, c = 3, d = 4, [1] = "one", [2] = "two", [10] = "ten", [1.5] = "f", [true] = "T"}
local keys = {}
for k, v in pairs(t) do keys[#keys + 1] = tostring(k) .. "=" .. tostring(v) end
table.sort(keys)
print(table.concat(keys, " "))
local sum, n = 0, 0
for k, v in pairs({10, 20, 30, x = 40, y = 50}) do sum = sum + v; n = n + 1 end
print("sum", sum, "n", n)
local empty = 0
for _ in pairs({}) do empty = empty + 1 end
print("empty", empty)
local arr = {}
for i = 1, 100 do arr[i] = i end
local s = 0
for k, v in pairs(arr) do s = s + k * v end
print("arr", s)
local m = {}
for i = 1, 50 do m["k" .. i] = i end
for k, v in pairs(m) do if v % 2 == 0 then m[k] = nil end end
local left = 0
for _, v in pairs(m) do left = left + v end
print("after removing evens", left)
for k in pairs(m) do m[k] = 0 end
local z = 0
for _, v in pairs(m) do z = z + v end
print("all zero", z)
print(pcall(pairs, nil))
local mt = setmetatable({}, {__index = {hidden = 1}})
local c = 0
for _ in pairs(mt) do c = c + 1 end
print("pairs ignores __index", c)
