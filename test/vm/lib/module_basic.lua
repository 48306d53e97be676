-- module(name, ...): the module table, its _NAME/_M/_PACKAGE, and the caller's new environment.
local function keys(t)
  local r = {}
  for k in pairs(t) do r[#r + 1] = tostring(k) end
  table.sort(r)
  return table.concat(r, ",")
end
package.path = "/nonexistent/?.lua"
package.cpath = "/nonexistent/?.so"

package.preload["my.mod"] = function(...)
  local print, type, G = print, type, _G
  module(...)
  print("inside", _NAME, _PACKAGE, _M == G.my.mod, type(print))
  function hello() return "hello from " .. _NAME end
  value = 10
end
local m = require("my.mod")
print(m == my.mod, m == package.loaded["my.mod"], keys(m))
print(m._NAME, m._PACKAGE, m._M == m, m.hello(), m.value, value)
print(getmetatable(m))

-- without package.seeall the module cannot see globals
package.preload.blind = function(...)
  module(...)
  return type
end
local ok, r = pcall(require, "blind")
print(ok, r == blind, type(r))

-- module returns nothing
package.preload.nores = function(...)
  local select, G = select, _G
  local n = select('#', module(...))
  G.nres = n
end
require("nores")
print(nres)

-- module() with a plain name, not from require
local function make()
  module("plain")
  x = 1
  local y = 2
  return _M
end
local p = make()
print(p == plain, plain.x, plain.y, plain._NAME, plain._PACKAGE, package.loaded.plain == plain)
print(getfenv(make) == plain, getfenv(1) == _G)

-- a module whose table exists is reused: _NAME is kept, functions are added
local function again()
  module("plain")
  z = 3
end
again()
print(plain.x, plain.z, keys(plain))

-- _NAME set beforehand stops the initialisation
package.loaded.named = { _NAME = "other" }
local function named() module("named") end
named()
print(package.loaded.named._NAME, package.loaded.named._M, package.loaded.named._PACKAGE, rawget(_G, "named"))

-- the module's table is the environment of the function that called module, not of others
local outer_env
local function inner() module("inner_mod") end
local function outer() inner() outer_env = getfenv(1) end
outer()
print(outer_env == _G, getfenv(inner) == inner_mod)
