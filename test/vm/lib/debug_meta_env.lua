-- debug.getmetatable/setmetatable for every type, getfenv/setfenv, getregistry
local mt = {__index = function(v, k) return type(v) .. "." .. k end}
for _, v in ipairs({1, "s", true, print}) do
  print(type(v), debug.setmetatable(v, mt), debug.getmetatable(v) == mt, v.field)
  debug.setmetatable(v, nil)
  print(type(v), debug.getmetatable(v) == nil or debug.getmetatable(v).__index == string)
end
print(debug.setmetatable(nil, mt), (nil).x)
debug.setmetatable(nil, nil)
local t = setmetatable({}, {__metatable = "locked"})
print(getmetatable(t), type(debug.getmetatable(t)))
print(debug.setmetatable(t, nil), getmetatable(t))
local u = newproxy(true)
print(type(debug.getmetatable(u)), debug.setmetatable(u, mt), debug.getmetatable(u) == mt)
print(pcall(debug.setmetatable, {}, 1))
print(pcall(debug.setmetatable, {}))
print(pcall(debug.getmetatable))
local function f() return x end
local env = {x = "from env"}
print(debug.getfenv(f) == _G, debug.setfenv(f, env) == f, f(), debug.getfenv(f) == env)
print(debug.getfenv(print) == _G, debug.getfenv(1), debug.getfenv("s"), debug.getfenv({}))
print(type(debug.getfenv(u)), debug.setfenv(u, env) == u, debug.getfenv(u) == env)
local co = coroutine.create(f)
print(debug.getfenv(co) == _G, debug.setfenv(co, env) == co, debug.getfenv(co) == env)
print(pcall(debug.setfenv, 1, {}))
print(pcall(debug.setfenv, f, 1))
print(pcall(debug.setfenv, f))
print(pcall(debug.getfenv))
local r = debug.getregistry()
print(type(r), r == debug.getregistry(), type(r._LOADED))
