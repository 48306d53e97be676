local t = {5, 2, 8, 1, 9, 3, 7, 4, 6, 0}
table.sort(t)
print(table.concat(t, " "))
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, " "))
local s = {"pear", "apple", "fig", "banana", "kiwi"}
table.sort(s)
print(table.concat(s, " "))
table.sort(s, function(a, b) return #a < #b or (#a == #b and a < b) end)
print(table.concat(s, " "))
local f = {3.5, -1, 2.25, -7.5, 0, 1e10, -1e-10}
table.sort(f)
print(table.concat(f, " "))
local e = {}
table.sort(e)
print(#e)
local one = {42}
table.sort(one)
print(one[1])
local dup = {3, 1, 3, 1, 2, 2, 3}
table.sort(dup)
print(table.concat(dup, ""))
