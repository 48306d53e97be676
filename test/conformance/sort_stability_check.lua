local t = {}
for i = 1, 30 do t[i] = {k = i % 5, id = i} end
table.sort(t, function(a, b) if a.k ~= b.k then return a.k < b.k end return a.id < b.id end)
local out = {}
for i, v in ipairs(t) do out[i] = v.k .. ":" .. v.id end
print(table.concat(out, " "))
local nums = {}
for i = 1, 50 do nums[i] = (i * 37) % 50 end
table.sort(nums, function(a, b) return a % 7 < b % 7 or (a % 7 == b % 7 and a < b) end)
print(table.concat(nums, ","))
local strs = {"b", "B", "a", "A", "c", "C"}
table.sort(strs, function(a, b) local la, lb = a:lower(), b:lower() if la == lb then return a < b end return la < lb end)
print(table.concat(strs))
local fl = {0.5, -0.5, 1e-300, -1e-300, 0, 1 / 0, -1 / 0}
table.sort(fl)
for i, v in ipairs(fl) do io.write(tostring(v), " ") end print()
