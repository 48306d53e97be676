local t = {10, 20, 30, x = 1}
for k, v in pairs(t) do print(k, v) end
for i, v in ipairs(t) do print(i, v) end
for k in next, t do print(k) end
local pairs = pairs
for k, v in pairs(t) do print(k, v) end
for a, b, c in pairs(t) do print(a, b, c) end
local function iter(s, i) if i < s then return i + 1 end end
for i in iter, 3, 0 do print(i) end
local function gen() return iter, 2, 0 end
for i in gen() do print(i) end
