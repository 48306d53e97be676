local t1 = {}
local t2 = {1, 2, 3}
local t3 = {x = 1, y = "s", z = true}
local t4 = {1, 2, x = 3, [10] = 4, [0] = 5}
local v = 7
local t5 = {v, v + 1, k = v}
local t6 = {[v] = 1, ["a" .. "b"] = 2}
local t7 = {1, 2, f = function() end}
local t8 = {{1}, {2, {3}}}
local t9 = {nil, false, 1.5, "x"}
local t10 = {x = v, 1, y = 2}
local t11 = {[1.5] = 1, [-1] = 2, [300] = 3}
print(t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11)
