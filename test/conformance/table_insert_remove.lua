local t = {}
table.insert(t, "a")
table.insert(t, "b")
table.insert(t, 1, "c")
table.insert(t, 2, "d")
print(#t, table.concat(t, ","))
print(table.remove(t), #t, table.concat(t, ","))
print(table.remove(t, 1), #t, table.concat(t, ","))
print(table.remove(t, 1), table.remove(t, 1), #t)
print(table.remove(t), #t)
print(table.remove({}), #{})
local u = {1, 2, 3, 4, 5}
table.insert(u, #u + 1, 6)
print(table.concat(u, " "))
print(table.remove(u, #u), table.concat(u, " "))
print(pcall(table.insert, u))
print(pcall(table.insert, u, 1, 2, 3))
print(pcall(table.insert, nil, 1))
local q = {}
for i = 1, 10 do table.insert(q, i) end
local out = {}
while #q > 0 do out[#out + 1] = table.remove(q, 1) end
print(table.concat(out, ","))
local st = {}
for i = 1, 5 do table.insert(st, 1, i) end
print(table.concat(st, ","))
