n = 0
local function work(k) for i = 1, k do n = n + 1 end end
for r = 1, 50 do work(2) end
