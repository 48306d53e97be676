local s = ("abc "):rep(2500)
local r, n = s:gsub("b", "BB")
print(#r, n)
local r2, n2 = s:gsub("%s", "")
print(#r2, n2)
local r3, n3 = s:gsub("(%a+)", "<%1>")
print(#r3, n3, r3:sub(1, 12))
local words = 0
for _ in s:gmatch("%a+") do words = words + 1 end
print(words)
local r4 = s:gsub("abc", function(m) return nil end)
print(r4 == s)
local r5, n5 = ("x"):rep(10000):gsub("x", "yy", 5000)
print(#r5, n5)
