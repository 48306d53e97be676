local t = {}
local x = 12345
for i = 1, 2000 do x = (x * 1103515245 + 12345) % 2147483648; t[i] = x % 10000 end
table.sort(t)
local ok = true
for i = 2, #t do if t[i - 1] > t[i] then ok = false end end
print("sorted", ok, t[1], t[1000], t[2000])
local sum = 0
for i = 1, #t do sum = sum + t[i] end
print("sum", sum)
table.sort(t, function(a, b) return a > b end)
print("desc", t[1], t[2000])
local asc = {}
for i = 1, 1000 do asc[i] = i end
table.sort(asc)
print(asc[1], asc[500], asc[1000])
local desc = {}
for i = 1, 1000 do desc[i] = 1001 - i end
table.sort(desc)
print(desc[1], desc[500], desc[1000])
local same = {}
for i = 1, 500 do same[i] = 7 end
table.sort(same)
print(same[1], same[500])
