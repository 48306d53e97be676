local t = {1, 2, 3}
print(table.remove(t, 4), #t)
print(pcall(table.remove, t, 5))
print(table.remove(t, #t + 1), #t)
local e = {}
print(table.remove(e), table.remove(e, 0), #e)
local one = {"x"}
print(table.remove(one, 1), #one, one[1])
local t2 = {1, 2, 3, 4, 5}
print(table.remove(t2, 2), table.concat(t2, ","))
print(table.remove(t2, -1 + #t2 + 1), table.concat(t2, ","))
local h = {n = 1}
print(table.remove(h), h.n)
local big = {}
for i = 1, 100 do big[i] = i end
for i = 1, 50 do table.remove(big, 1) end
print(#big, big[1], big[50])
