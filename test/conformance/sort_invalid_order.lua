local t = {}
for i = 1, 20 do t[i] = (i * 7) % 11 end
local ok, err = pcall(table.sort, t, function(a, b) return a <= b end)
print("<= comparator", ok, ok or err)
local u = {}
for i = 1, 100 do u[i] = i % 3 end
local ok2, err2 = pcall(table.sort, u, function(a, b) return true end)
print("true comparator", ok2, ok2 or err2)
local v = {1, 1, 1, 1, 1}
local ok3 = pcall(table.sort, v, function(a, b) return a <= b end)
print("all equal with <=", ok3)
local stable = {3, 1, 2}
print(pcall(table.sort, stable, function(a, b) return a > b end), table.concat(stable, ","))
local count = 0
for i = 1, 10 do count = count + #t end
print("count", count)
