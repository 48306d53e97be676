local s = "one two three four five"
for n = 0, 6 do print(n, s:gsub("%a+", "X", n)) end
print(s:gsub("%a+", "X", -1))
print(s:gsub("%a+", "X", 2.9))
print(pcall(string.gsub, s, "%a+", "X", "two"))
print(s:gsub("%a+", "X", "2"))
local calls = 0
print(s:gsub("%a+", function(w) calls = calls + 1 return w:upper() end, 3), calls)
local t = {}
for i = 1, 5 do t[i] = select(2, ("aXbXcXdX"):gsub("X", "", i)) end
print(table.concat(t, ","))
