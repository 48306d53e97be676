local t = {10, 20, 30, a = 1}
local k, v = next(t)
local count, sum = 0, 0
while k do count = count + 1; sum = sum + v; k, v = next(t, k) end
print(count, sum)
print(next({}, nil))
print(rawequal(next, pairs({})))
local arr = {"x", "y", "z"}
local i1, v1 = next(arr)
local i2, v2 = next(arr, i1)
local i3, v3 = next(arr, i2)
print(i1, v1, i2, v2, i3, v3, next(arr, i3))
local h = {only = true}
print(next(h), next(h, "only"))
print(pcall(next, h, "absent"))
print(pcall(next, 5))
