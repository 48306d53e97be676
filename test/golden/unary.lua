local a, t = 5, {1, 2, 3}
local b = -a
local c = #t
local d = not a
local e = - -a
local f = -(-1)
local g = not nil
local h = not 1
local i = #"abc"
local j = -t[1]
local k = not not a
local l = - 2 ^ 2
local m = -"2"
print(b, c, d, e, f, g, h, i, j, k, l, m)
