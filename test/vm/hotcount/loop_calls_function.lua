n = 0
local function g(x) return x * 2 end
local s = 0
for i = 1, 300 do n = n + 1; s = s + g(i) end
