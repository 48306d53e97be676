n = 0
local t = {}
for i = 1, 200 do n = n + 1; t["k" .. i] = i end
for k, v in pairs(t) do n = n + 1 end
