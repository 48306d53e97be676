print(type(collectgarbage("count")))
local k1 = collectgarbage("count")
local big = {}
for i = 1, 50000 do big[i] = {i} end
local k2 = collectgarbage("count")
print("grew", k2 > k1)
big = nil
collectgarbage()
local k3 = collectgarbage("count")
print("shrank", k3 < k2)
print(collectgarbage("step", 0) ~= nil)
local ok = pcall(collectgarbage, "count", 1)
print(ok)
print(pcall(collectgarbage, 5))
