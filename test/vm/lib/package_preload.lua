-- package.preload: read from the package table each time, so it can be replaced.
package.path = "/nonexistent/?.lua"
package.cpath = "/nonexistent/?.so"
print(type(package.preload), getmetatable(package.preload))
local orig = package.preload
package.preload = { swapped = function(name) return "from new table: " .. name end }
print(require("swapped"))
package.preload = orig
print(pcall(require, "swapped2"))
-- the registry's _PRELOAD is the original table
package.preload.viaorig = function() return "orig" end
print(require("viaorig"))
-- values of every type in preload
package.preload.s = "a message"
package.preload.n = 3.5
package.preload.b = true
package.preload.t = { 1 }
print(pcall(require, "s"))
print(pcall(require, "n"))
print(pcall(require, "b"))
print(pcall(require, "t"))
-- the preload function receives the module name only
package.preload.args = function(...) return select('#', ...) .. ":" .. table.concat({ ... }, ",") end
print(require("args"))
-- a preload function may replace itself
package.preload.replace = function(name)
  package.preload[name] = function() return "second" end
  return "first"
end
print(require("replace"))
package.loaded.replace = nil
print(require("replace"))
-- with __index on the preload table
setmetatable(package.preload, { __index = function(t, name)
  if name:sub(1, 4) == "gen." then return function(n) return "generated " .. n end end
end })
print(require("gen.x"), require("gen.y"))
print(pcall(require, "other"))
setmetatable(package.preload, nil)
-- the preload loader by hand
local pl = package.loaders[1]
print(pl("absent"))
print(pl("viaorig") == package.preload.viaorig)
package.preload.s = nil
print(pl(12))
