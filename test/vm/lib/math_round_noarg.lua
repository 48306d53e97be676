-- LuaJIT quirk: math.floor/math.ceil's fast path reads the first argument slot without checking the
-- argument count, so a call with no arguments rounds the number a Lua value left in that slot, or fails.
local function f(...) local a, b, c = ... end
f(5.5, 6.5, 7.5, 8.5)
local x = math.floor()
print(x)
local t = {}
for i = 1, 3 do t[i] = math.ceil(i + 0.5) end
local y = math.ceil()
print(t[1], t[2], t[3], y)
local s = 0
for i = 1, 10 do s = s + i end
local z = math.floor()
print(s, z)
print(pcall(math.floor))
local ok, v = pcall(math.ceil)
print(ok, v)
print(pcall(function() local r = (function() return math.floor() end)(); return r end))
local a, b, c, d, e = 11.5, 12.5, 13.5, 14.5, 15.5
a, b, c, d, e = nil
print(pcall(function() local w = math.ceil(); return w end))
