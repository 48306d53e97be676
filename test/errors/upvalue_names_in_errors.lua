local up_nil
local up_tab = {}
local up_str = "s"
print(pcall(function() return up_nil.x end))
print(pcall(function() return up_nil() end))
print(pcall(function() return up_tab.x.y end))
print(pcall(function() return up_str + 1 end))
print(pcall(function() return up_tab + 1 end))
print(pcall(function() return up_nil .. "x" end))
print(pcall(function() return #up_nil end))
print(pcall(function() return up_tab < 1 end))
print(pcall(function() up_nil.x = 1 end))
print(pcall(function() return -up_tab end))
