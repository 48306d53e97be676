local up
print(pcall(function() return up + 1 end))
print(pcall(function() return 1 - up end))
local t = {}
print(pcall(function() return t.x + 1 end))
print(pcall(function() return t["y"] * 2 end))
print(pcall(function() return t[1] - 1 end))
print(pcall(function() local k = "dyn"; return t[k] + 1 end))
print(pcall(function() return t.a.b end))
print(pcall(function() local obj = {inner = {}}; return obj.inner.val + 1 end))
print(pcall(function() return -t.neg end))
print(pcall(function() return math.nothing + 1 end))
print(pcall(function() return string.len + 1 end))
