local a, b, c, d
local e = nil
local f, g = nil, nil
local h
local i, j, k = 1
local l = nil
local m = nil
print(a, b, c, d, e, f, g, h, i, j, k, l, m)
