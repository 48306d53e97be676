n = 0
local s = 0
for x = 0, 100, 0.25 do n = n + 1; s = s + x end
