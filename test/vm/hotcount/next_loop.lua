n = 0
local t = {}
for i = 1, 150 do n = n + 1; t[i] = i; t["x" .. i] = i end
for k, v in next, t do n = n + 1 end
