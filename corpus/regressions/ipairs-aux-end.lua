-- caught: ipairs' iterator returned nil at the end instead of nothing (print(f(t, n)) printed "nil")
local t = {10, 20}
local f, s, i = ipairs(t)
print(f(t, 0))
print(f(t, 2))
print(select('#', f(t, 2)))
