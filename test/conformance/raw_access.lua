local mt = {
  __index = function() return "meta" end,
  __newindex = function() error("blocked") end,
  __eq = function() return true end,
  __len = function() return 100 end,
}
local t = setmetatable({}, mt)
print(t.x, rawget(t, "x"))
print(pcall(function() t.y = 1 end))
rawset(t, "y", 2)
print(t.y, rawget(t, "y"))
print(rawset(t, 1, "one") == t, t[1])
local u = setmetatable({}, mt)
print(t == u, rawequal(t, u), rawequal(t, t))
print(rawequal(1, 1), rawequal("a", "a"), rawequal(1, "1"), rawequal(nil, nil))
print(rawequal(0, -0), rawequal(0 / 0, 0 / 0))
print(pcall(rawget, 1, 2))
print(pcall(rawset, "s", 1, 2))
print(pcall(rawset, {}, nil, 1))
print(rawget({10, 20}, 2), rawget({a = {}}, "b"))
local r = {}
rawset(r, 1.0, "f")
print(r[1], rawget(r, 1))
