n = 0
local s = ""
for i = 1, 150 do n = n + 1; s = s .. string.char(65 + i % 26) end
