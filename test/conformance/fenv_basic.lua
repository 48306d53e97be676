local function show() return x_env end
x_env = "global"
print(show())
setfenv(show, {x_env = "custom"})
print(show())
print(x_env)
local env = setmetatable({}, {__index = _G})
local f = loadstring("y_env = 5; return print ~= nil, y_env")
setfenv(f, env)
print(f())
print(y_env, env.y_env)
print(getfenv(1) == _G, getfenv() == _G, getfenv(0) == _G)
local function inner() local e = getfenv(1); return e end
local function innertail() return getfenv(1) end
local e2 = {getfenv = getfenv}
setfenv(inner, e2)
setfenv(innertail, e2)
print(inner() == e2, innertail() == _G)
print(getfenv(print) == _G)
print(pcall(setfenv, 1000, {}))
print(pcall(setfenv, print, {}))
local function lvl() setfenv(2, {print = print, tag = "lvl2"}) end
local function caller()
  lvl()
  return tag
end
print(caller())
print(type(getfenv(caller)), getfenv(caller).tag)
print(setfenv(function() end, {}) ~= nil)
