local m = {banana = 3, apple = 7, cherry = 1, date = 7, elder = 0}
local keys = {}
for k in pairs(m) do keys[#keys + 1] = k end
table.sort(keys, function(a, b) if m[a] ~= m[b] then return m[a] > m[b] end return a < b end)
for _, k in ipairs(keys) do io.write(k, "=", m[k], " ") end print()
local numstrs = {"10", "9", "100", "1", "25"}
table.sort(numstrs)
print(table.concat(numstrs, " "))
table.sort(numstrs, function(a, b) return tonumber(a) < tonumber(b) end)
print(table.concat(numstrs, " "))
local t = {}
for i = 1, 26 do t[i] = string.char(96 + (i * 7) % 26 + 1) end
table.sort(t)
print(table.concat(t))
table.sort(t, function(a, b) return a > b end)
print(table.concat(t))
