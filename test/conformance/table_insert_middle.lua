local t = {}
for i = 1, 5 do table.insert(t, math.floor((#t + 2) / 2), i) end
print(table.concat(t, ","))
local s = {"a", "c"}
table.insert(s, 2, "b")
table.insert(s, #s + 1, "d")
print(table.concat(s))
print(#s, table.concat(s))
local tt = {}
table.insert(tt, nil)
print(#tt)
table.insert(tt, "v")
print(#tt, tt[1])
print(pcall(table.insert, s, "2", "s2"))
print(table.concat(s, ","))
