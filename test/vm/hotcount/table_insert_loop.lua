n = 0
local t = {}
while #t < 300 do n = n + 1; t[#t + 1] = n end
