-- ipairs over an array whose element types change (numbers, then strings), summed with coercion.
local t = {}
for i = 1, 200 do t[i] = (i > 120) and tostring(i) or i end
local s = 0
for _, v in ipairs(t) do s = s + v end
print(s, type(t[100]), type(t[150]))
