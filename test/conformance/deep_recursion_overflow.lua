local function inf(n) return 1 + inf(n + 1) end
local ok, e = pcall(inf, 1)
print(ok, type(e), (tostring(e):find("stack overflow", 1, true)) ~= nil)
local depth = 0
local function count() depth = depth + 1; count() end
local ok2 = pcall(count)
print(ok2, depth > 1000)
local function deep(n) if n == 0 then return 0 end return 1 + deep(n - 1) end
print(pcall(deep, 5000))
print(pcall(deep, 15000))
local mt = {}
mt.__index = function(t, k) return t[k .. "x"] end
local ok3, e3 = pcall(function() return setmetatable({}, mt).a end)
print(ok3, (tostring(e3):find("overflow", 1, true)) ~= nil)
local ok4 = pcall(function() local t = setmetatable({}, {}) getmetatable(t).__index = t return t.missing end)
print("self index", ok4)
print("still alive", deep(100))
