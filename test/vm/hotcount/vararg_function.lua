n = 0
local function v(...) n = n + 1; return select('#', ...) end
local c = 0
for i = 1, 300 do c = c + v(i, i) end
