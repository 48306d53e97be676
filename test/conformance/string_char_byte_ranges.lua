local t = {}
for i = 32, 126 do t[#t + 1] = string.char(i) end
local printable = table.concat(t)
print(#printable, printable:sub(1, 16), printable:sub(-16))
print(printable:byte(1), printable:byte(-1), printable:byte(34))
local codes = {printable:byte(1, 10)}
print(#codes, table.concat(codes, ","))
print(select("#", printable:byte(1, -1)))
print(string.char(228, 246, 252):byte(1, -1))
print(pcall(string.char, 1, 2, "x"))
print(pcall(string.char, 3.7))
print(string.char(65.0), string.char("66"))
