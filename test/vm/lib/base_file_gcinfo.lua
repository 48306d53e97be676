-- gcinfo: the heap size in whole KB, as collectgarbage("count") without the fraction.
local k, c = gcinfo(), collectgarbage("count")
print(type(k), k == math.floor(k), k > 0, k == math.floor(c))
local t = {}
for i = 1, 20000 do t[i] = {i} end
print(gcinfo() > k, gcinfo("ignored", 1) == math.floor(collectgarbage("count")))
t = nil
collectgarbage()
print(gcinfo() == math.floor(collectgarbage("count")))
