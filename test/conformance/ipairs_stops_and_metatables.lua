local t = setmetatable({1, 2, 3}, {__index = function(_, i) if i == 4 then return 4 end end})
local n = 0
for _ in ipairs(t) do n = n + 1 end
print("ipairs count", n)
local holes = {1, 2, nil, 4}
n = 0
for _ in ipairs(holes) do n = n + 1 end
print("with hole", n)
local strs = {"a", "b", "c"}
local out = {}
for i, v in ipairs(strs) do out[#out + 1] = i .. v; if i == 2 then strs[3] = "C" end end
print(table.concat(out, " "))
local grow = {1}
local seen = 0
for i, v in ipairs(grow) do seen = seen + 1; if i < 5 then grow[i + 1] = i + 1 end end
print("growing", seen)
