local a, b, c = 1, nil, false
local x = a and b
local y = a or b
local z = a and b or c
local w = (a or b) and (b or c)
local v = a and 1 or 2
local u = not a and b
local t = a == 1 and "one" or "other"
local s = nil and 1
local r = false or nil
local q = 1 and 2
local p = (a and b) == c
if a and b then print(1) end
if a or b then print(2) end
if (a and b) or c then print(3) end
if not (a or b) then print(4) end
print(x, y, z, w, v, u, t, s, r, q, p)
