-- metamethods recursing deep: they run as Lua frames, so only the Lua stack limits them
local depth = 0
local t = setmetatable({}, {__index = function(t, k)
  if k <= 0 then return 0 end
  depth = depth + 1
  return t[k - 1] + 1
end})
print(pcall(function() return t[10000] end))
depth = 0
print(t[5000], depth)
local add = {}
add.__add = function(a, b) if b <= 0 then return 0 end return (a + (b - 1)) + 1 end
print(pcall(function() return setmetatable({}, add) + 10000 end))
print(setmetatable({}, add) + 4000)
local c = setmetatable({}, {__concat = function(a, b) if b == 0 then return 0 end return (a .. (b - 1)) + 1 end})
print(c .. 3000)
print(pcall(function() return c .. 10000 end))
print(pcall(function() return "x" .. c .. 20000 end))
local lt = {}
lt.__lt = function(a, b) if b.n == 0 then return true end return a < setmetatable({n = b.n - 1}, lt) end
print(pcall(function() return setmetatable({n = 0}, lt) < setmetatable({n = 4000}, lt) end))
print(pcall(function() return setmetatable({n = 0}, lt) < setmetatable({n = 10000}, lt) end))
local calls = setmetatable({}, {__call = function(self, n) if n == 0 then return "done" end return self(n - 1) end})
print(calls(10000))
local ncalls = setmetatable({}, {__call = function(self, n) if n == 0 then return "done" end return (self(n - 1)) end})
print(pcall(ncalls, 10000))
print(ncalls(3000))
-- where the stack ends, the error is a stack overflow, caught by pcall
local inf = setmetatable({}, {__index = function(t, k) return t[k + 1] end})
local ok, err = pcall(function() return inf[1] end)
print(ok, err)
print(select('#', pcall(string.rep, "x", 10)))
