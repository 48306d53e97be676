local vals = {1, 10, 100, 1000, 10000, 100000, 1000000, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16}
local out = {}
for i, v in ipairs(vals) do out[i] = tostring(v) end
print(table.concat(out, " "))
out = {}
for i, v in ipairs(vals) do out[i] = tostring(-v / 3) end
print(table.concat(out, " "))
out = {}
for i = 1, 17 do out[i] = tostring(10 ^ -i) end
print(table.concat(out, " "))
out = {}
for i = 1, 10 do out[i] = tostring(i + 0.5) end
print(table.concat(out, " "))
