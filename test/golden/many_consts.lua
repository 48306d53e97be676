local t = {}
t.a1 = 1.5; t.a2 = 2.5; t.a3 = 3.5; t.a4 = 4.5; t.a5 = 5.5
t.b1 = "s1"; t.b2 = "s2"; t.b3 = "s3"; t.b4 = "s4"; t.b5 = "s5"
local x = 1.5 + t.a1
local y = t.a2 * 2.5
local z = 1.5 == x
print(x, y, z, t.b1 .. t.b2)
