local before = collectgarbage("count")
print(type(before), before > 0)
local t = {}
for i = 1, 10000 do t[i] = {i, tostring(i)} end
print(#t, t[5000][2])
t = nil
collectgarbage()
collectgarbage("collect")
print(type(collectgarbage("count")))
print(collectgarbage("step") ~= nil)
print(type(collectgarbage("setpause", 200)), type(collectgarbage("setstepmul", 200)))
collectgarbage("setpause", 200)
collectgarbage("setstepmul", 200)
print(collectgarbage("stop"), collectgarbage("restart"))
print(pcall(collectgarbage, "bogus"))
print(select("#", collectgarbage()))
print(collectgarbage("collect"), collectgarbage())
