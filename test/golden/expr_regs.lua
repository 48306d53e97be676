local a, b, c, d = 1, 2, 3, 4
local r = (a + b) * (c - d) / (a + c) % (b + d)
local s = a + b * c - d / a ^ b
local t = {a + b, c * d, [a + c] = b - d}
local u = ((a + b) .. (c + d)) .. (a * b)
print(r, s, t[1], u)
