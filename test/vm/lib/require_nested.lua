-- Modules that require other modules: load order, what each sees, and module() with require.
package.path = "/nonexistent/?.lua"
package.cpath = "/nonexistent/?.so"
local order = {}
local function note(s) order[#order + 1] = s end

package.preload.app = function(name)
  note("app start")
  local util = require("app.util")
  local db = require("app.db")
  note("app end")
  return { name = name, util = util, db = db }
end
package.preload["app.util"] = function(name)
  note("util")
  return { join = function(a, b) return a .. "/" .. b end }
end
package.preload["app.db"] = function(name)
  note("db start")
  local util = require("app.util")   -- already loaded: not run again
  note("db end")
  return { path = util.join("data", name) }
end
local app = require("app")
print(table.concat(order, ", "))
print(app.name, app.db.path, app.util == package.loaded["app.util"])

-- a module sees its own marker and the finished modules it required
package.preload.watcher = function(name)
  local before = type(package.loaded.watcher)
  require("app.util")
  return before .. "," .. type(package.loaded["app.util"])
end
print(require("watcher"))

-- deep chains
for i = 1, 30 do
  package.preload["chain" .. i] = function(name)
    if i == 30 then return 30 end
    return require("chain" .. (i + 1)) + 0 * i
  end
end
print(require("chain1"), package.loaded.chain15)

-- module() inside required modules, with seeall
package.preload["lib.a"] = function(...)
  module(..., package.seeall)
  local b = require("lib.b")
  function both() return _NAME .. "+" .. b._NAME end
end
package.preload["lib.b"] = function(...)
  module(..., package.seeall)
  function name() return _NAME end
end
require("lib.a")
print(lib.a.both(), lib.b.name(), lib.a._PACKAGE, lib.b._PACKAGE)
print(package.loaded["lib.a"] == lib.a, package.loaded.lib == nil, type(lib))

-- a module can be required under two names
package.preload.alias = function() return require("app.util") end
print(require("alias") == package.loaded["app.util"])

-- a failure deep in a chain marks every module on the way
package.preload.f1 = function() return require("f2") end
package.preload.f2 = function() return require("f3") end
package.preload.f3 = function() error("deep failure", 0) end
print(pcall(require, "f1"))
print(pcall(require, "f1"))
print(pcall(require, "f2"))
print(pcall(require, "f3"))
