local a, b = 2, 3
local c = a ^ b
local d = a ^ 2
local e = 2 ^ a
local f = a ^ b ^ 2
local g = -a ^ 2
print(c, d, e, f, g)
