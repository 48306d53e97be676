local t = setmetatable({}, {__index = function(t, k) return rawget(t, k .. "_alt") end})
t.a_alt = "alt value"
print(t.a, t.b, rawget(t, "a"))
local proto = {x = 1}
local objs = {}
for i = 1, 5 do objs[i] = setmetatable({id = i}, {__index = proto}) end
proto.x = 2
local s = 0
for _, o in ipairs(objs) do s = s + o.x + o.id end
print("sum", s)
objs[3].x = 100
print(objs[3].x, objs[4].x, proto.x)
local count = 0
local m = setmetatable({}, {__index = function(_, k) count = count + 1 return nil end})
for i = 1, 10 do local _ = m[i] end
print("misses", count)
local num_idx = setmetatable({}, {__index = function(_, k) return type(k) end})
print(num_idx[1], num_idx.s, num_idx[true], num_idx[num_idx])
