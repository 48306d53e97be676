n = 0
for i = 1, 3 do n = n + 1 end
local m = 0
for i = 1, 500 do n = n + 1; m = m + i end
