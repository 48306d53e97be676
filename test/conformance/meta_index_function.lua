local log = {}
local t = setmetatable({real = 1}, {__index = function(self, k)
  log[#log + 1] = tostring(k)
  if type(k) == "number" then return k * k end
  return "computed:" .. tostring(k)
end})
print(t.real, t.foo, t[7], t[1.5], t[true])
print(table.concat(log, ","))
local defaults = setmetatable({}, {__index = function() return 0 end})
defaults.x = defaults.x + 5
defaults.y = defaults.y + 1
print(defaults.x, defaults.y, defaults.z)
local calls = 0
local lazy = setmetatable({}, {__index = function(self, k)
  calls = calls + 1
  local v = k .. k
  rawset(self, k, v)
  return v
end})
print(lazy.ab, lazy.ab, lazy.cd, calls)
local proxy = setmetatable({}, {__index = string})
print(proxy.upper("abc"), proxy.rep("z", 3))
print(("str"):upper(), ("%d"):format(5))
local s = "hello"
print(s:sub(2, 3), s:byte(1), getmetatable("").__index == string)
