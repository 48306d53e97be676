print(#"", #"abc", #"a\0b", #"\n\t")
print(#{}, #{1, 2, 3}, #{n = 1}, #{1, 2, nil})
local t = {}
for i = 1, 10 do t[i] = i end
print(#t)
t[#t] = nil
print(#t)
t[#t + 1] = "x"
print(#t, t[#t])
local s = {1, 2, 3}
s[5] = 5
print(#s == 3 or #s == 5)
local e = {nil, nil, 3}
print(#e == 3 or #e == 0)
local mt = setmetatable({1, 2}, {__len = function() return 99 end})
print("__len on table", #mt)
local str = "hello"
print(#str, str:len(), string.len(str))
print(pcall(function() return #nil end))
print(pcall(function() return #5 end))
local big = {}
for i = 1, 1000 do big[i] = true end
print(#big)
for i = 1000, 501, -1 do big[i] = nil end
print(#big)
