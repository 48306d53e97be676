local a1, a2, a3, a4, a5, a6, a7, a8, a9, a10 = 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
local b1, b2, b3, b4, b5, b6, b7, b8, b9, b10 = 11, 12, 13, 14, 15, 16, 17, 18, 19, 20
local c1, c2, c3, c4, c5, c6, c7, c8, c9, c10 = 21, 22, 23, 24, 25, 26, 27, 28, 29, 30
print(a1 + a10, b1 + b10, c1 + c10)
print(a1 * b1 * c1, a5 - b5 - c5, (a9 + b9) / c9)
local function sum(...) local s = 0 for i = 1, select("#", ...) do s = s + select(i, ...) end return s end
print(sum(a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10))
local t = {a1, a2, a3, a4, a5, b1, b2, b3, b4, b5, c1, c2, c3, c4, c5}
print(#t, t[15])
local f = function() return a1 + b2 + c3 end
a1, b2, c3 = 100, 200, 300
print(f())
do local x1, x2, x3 = a7, b7, c7 print(x1, x2, x3) end
print(a8, b8, c8)
