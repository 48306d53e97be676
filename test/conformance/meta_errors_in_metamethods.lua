-- errors raised inside metamethods: positions, levels, pcall, error objects
local t = setmetatable({}, {
  __index = function(t, k) error("no field " .. k, 2) end,
  __newindex = function(t, k, v) error({code = k}) end,
  __add = function(a, b) local x = nil; return x.y end,
  __lt = function(a, b) error("lt failed") end,
  __concat = function(a, b) error("cat " .. type(a) .. " " .. type(b), 0) end,
})
print(pcall(function() return t.missing end))
local ok, e = pcall(function() t.k = 1 end)
print(ok, type(e), e.code)
print(pcall(function() return t + 1 end))
print(pcall(function() return t < t end))
print(pcall(function() return "a" .. t .. "b" end))
print(pcall(function() return t .. 1 .. 2 end))
-- a metamethod that is not a function
local bad = setmetatable({}, {__add = 5, __index = 5, __call = 7})
print(pcall(function() return bad + 1 end))
print(pcall(function() return bad.x end))
print(pcall(function() return bad() end))
-- error levels through a metamethod chain
local inner = setmetatable({}, {__index = function(t, k) error("level1", 1) end})
local outer = setmetatable({}, {__index = function(t, k) return inner[k] end})
print(pcall(function() return outer.z end))
print(select(2, xpcall(function() return t.q end, function(m) return "handled: " .. m end)))
