local a, b, c = "a", "b", "c"
local s1 = a .. b
local s2 = a .. b .. c
local s3 = a .. (b .. c)
local s4 = (a .. b) .. c
local s5 = a .. 1 .. 2.5
local s6 = "x" .. "y"
local t = {s = "z"}
local s7 = t.s .. a .. t.s
print(s1, s2, s3, s4, s5, s6, s7)
