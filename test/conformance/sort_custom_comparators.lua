local t = {"aa", "b", "cccc", "ddd", "e", "ff"}
table.sort(t, function(a, b) return #a > #b or (#a == #b and a < b) end)
print(table.concat(t, " "))
local n = {}
for i = 1, 20 do n[i] = (i * 13) % 20 - 10 end
table.sort(n, function(a, b) return math.abs(a) < math.abs(b) or (math.abs(a) == math.abs(b) and a < b) end)
print(table.concat(n, " "))
local pts = {{3, 4}, {1, 1}, {0, 5}, {-2, -2}, {6, 8}}
table.sort(pts, function(p, q) return p[1] ^ 2 + p[2] ^ 2 < q[1] ^ 2 + q[2] ^ 2 or (p[1] ^ 2 + p[2] ^ 2 == q[1] ^ 2 + q[2] ^ 2 and p[1] < q[1]) end)
for _, p in ipairs(pts) do io.write("(", p[1], ",", p[2], ") ") end print()
local bools = {true, false, true, false}
table.sort(bools, function(a, b) return a == false and b == true end)
for _, b in ipairs(bools) do io.write(tostring(b), " ") end print()
