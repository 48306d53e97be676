local t = {}
for i = 1, 300 do t[i] = (i * 7919) % 1009 end
table.sort(t)
local function bs(x) local lo, hi = 1, #t while lo <= hi do local m = math.floor((lo + hi) / 2) if t[m] == x then return m elseif t[m] < x then lo = m + 1 else hi = m - 1 end end return nil end
local found, missing = 0, 0
for x = 0, 1008 do if bs(x) then found = found + 1 else missing = missing + 1 end end
print(found, missing)
print(t[1], t[150], t[300])
local dups = 0
for i = 2, #t do if t[i] == t[i - 1] then dups = dups + 1 end end
print("dups", dups)
