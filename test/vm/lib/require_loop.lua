-- require loops and modules that failed: "loop or previous error loading module".
package.path = "/nonexistent/?.lua"
package.cpath = "/nonexistent/?.so"

package.preload.a = function(name) print("loading", name) return require("b") end
package.preload.b = function(name) print("loading", name) return require("a") end
print(pcall(require, "a"))
print(pcall(require, "a"))
print(pcall(require, "b"))
-- while a module loads, package.loaded holds a marker: a tiny negative number
print(type(package.loaded.a), package.loaded.a, package.loaded.a < 0)
print(package.loaded.a == package.loaded.b)

-- a module requiring itself
package.preload.self = function(name)
  print(pcall(require, name))
  return "self done"
end
print(require("self"))

-- the marker value itself
package.preload.peek = function(name)
  local v = package.loaded[name]
  print("during load:", type(v), v, v == v, v ~= 0, -v > 0)
  return "peeked"
end
print(require("peek"))

-- error position: the loop error is reported where require was called
package.preload.pos = function(name)
  local ok, err = pcall(function() local r = require(name) return r end)
  print(ok, err)
  return 1
end
print(require("pos"))

-- a module that errors stays marked: later requires fail without running it again
local runs = 0
package.preload.fails = function()
  runs = runs + 1
  error("failure " .. runs)
end
print(pcall(require, "fails"))
print(pcall(require, "fails"))
print(runs)
-- clearing package.loaded lets it run again
package.loaded.fails = nil
print(pcall(require, "fails"))
print(runs)
-- errors with non-string values pass through unchanged
package.preload.tab_err = function() error({ code = 7 }) end
local ok, e = pcall(require, "tab_err")
print(ok, type(e), e.code)
package.preload.nil_err = function() error(nil) end
print(pcall(require, "nil_err"))
package.preload.lvl_err = function() error("no position", 0) end
print(pcall(require, "lvl_err"))
package.preload.lvl2_err = function() error("level 2", 2) end
print(pcall(require, "lvl2_err"))

-- a module can recover from a failing dependency
package.preload.dep = function() error("dep broken") end
package.preload.user = function()
  local ok, err = pcall(require, "dep")
  return "user ok, dep: " .. tostring(ok) .. " " .. err
end
print(require("user"))

-- setting the marker by hand looks like a loop
package.loaded.fake = package.loaded.dep
print(pcall(require, "fake"))
