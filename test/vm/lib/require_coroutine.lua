-- require and module inside coroutines.
package.path = "/nonexistent/?.lua"
package.cpath = "/nonexistent/?.so"
package.preload.co_mod = function(name) return "loaded in " .. (coroutine.running() and "coroutine" or "main") end
local co = coroutine.create(function() return require("co_mod") end)
print(coroutine.resume(co))
print(require("co_mod"))

-- a module cannot yield while it loads (require is a C function)
package.preload.yielder = function(name)
  coroutine.yield("from module")
  return "never"
end
local co2 = coroutine.create(function() return require("yielder") end)
print(coroutine.resume(co2))
print(coroutine.status(co2))
print(pcall(require, "yielder"))

-- a loader cannot yield either
local std = package.loaders
package.loaders = { function(name) coroutine.yield("from loader") end }
local co3 = coroutine.wrap(function() return pcall(require, "yl") end)
print(co3())
package.loaders = std

-- errors in a module loaded inside a coroutine
package.preload.co_err = function() error("inside coroutine") end
local co4 = coroutine.create(function() return require("co_err") end)
print(coroutine.resume(co4))
print(coroutine.resume(coroutine.create(function() return require("co_err") end)))

-- module() from a function running in a coroutine
local co5 = coroutine.wrap(function(...)
  module("co_module", package.seeall)
  local v = coroutine.yield(_NAME)
  return _NAME .. ":" .. v
end)
print(co5())
print(co5("resumed"))
print(co_module._NAME)

-- a coroutine started inside a module load
package.preload.spawner = function(name)
  local c = coroutine.wrap(function() coroutine.yield(1) coroutine.yield(2) end)
  return c() + c()
end
print(require("spawner"))
