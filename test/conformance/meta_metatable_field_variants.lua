local mt = {__metatable = {fake = true}}
local t = setmetatable({}, mt)
print(type(getmetatable(t)), getmetatable(t).fake)
print(pcall(setmetatable, t, {}))
local mt2 = {__metatable = 0}
print(getmetatable(setmetatable({}, mt2)))
local s = getmetatable("")
print(s ~= nil, type(s.__index))
local m3 = {}
m3.__index = m3
m3.value = "from mt"
local x = setmetatable({}, m3)
print(x.value, getmetatable(x) == m3)
print(getmetatable(nil), getmetatable(print), getmetatable(1))
local u = newproxy(true)
getmetatable(u).__tostring = function() return "proxy!" end
print(tostring(u), type(u))
local u2 = newproxy(u)
print(tostring(u2), getmetatable(u2) == getmetatable(u))
