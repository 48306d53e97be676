local t = {1, 2, 3}
if #t == 3 then print("three") end
if "a" == "a" then print("const") end
if 1 == 1 then print("one") end
if t ~= nil then print("notnil") end
if true == t then print("true") end
local x = 1 < 2
local y = "a" < "b"
print(x, y)
