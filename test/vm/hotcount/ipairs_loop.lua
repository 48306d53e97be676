n = 0
local t = {}
for i = 1, 300 do n = n + 1; t[i] = i end
for i, v in ipairs(t) do n = n + 1 end
