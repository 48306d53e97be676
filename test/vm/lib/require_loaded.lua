-- package.loaded: the standard libraries, and changing the table require keeps modules in.
package.path = "/nonexistent/?.lua"
package.cpath = "/nonexistent/?.so"
local libs = { "_G", "package", "coroutine", "table", "io", "os", "string", "math" }
for _, name in ipairs(libs) do
  print(name, package.loaded[name] == _G[name], require(name) == _G[name])
end
print(package.loaded._G == _G, require("_G") == _G)

-- require returns what package.loaded holds, whatever it is
package.loaded.custom = "a string"
print(require("custom"))
package.loaded.custom = 0
print(require("custom"))
package.loaded.custom = print
print(require("custom") == print)
-- false and nil count as not loaded
package.preload.custom = function() return "reloaded" end
package.loaded.custom = false
print(require("custom"))

-- replacing a library in package.loaded changes what require gives, not the global
local realstring = string
package.loaded.string = { fake = true }
print(require("string").fake, string == realstring)
package.loaded.string = realstring

-- package.loaded is the registry's table: assigning a new table to the field does not move it
local loaded = package.loaded
package.loaded = {}
print(require("string") == string, require("custom"))
package.preload.fresh = function() return "fresh" end
print(require("fresh"), loaded.fresh, package.loaded.fresh)
package.loaded = loaded

-- metamethods on package.loaded are honoured
setmetatable(package.loaded, { __index = function(t, k) return "index:" .. k end })
print(require("anything"))
setmetatable(package.loaded, nil)
local log = {}
setmetatable(package.loaded, { __newindex = function(t, k, v)
  log[#log + 1] = k .. "=" .. type(v)
  rawset(t, k, v)
end })
package.preload.watched = function() return "w" end
print(require("watched"), table.concat(log, " "))
setmetatable(package.loaded, nil)
-- __newindex that refuses the marker: the module runs but is not recorded
setmetatable(package.loaded, { __newindex = function() end })
local n = 0
package.preload.refused = function() n = n + 1 return "r" .. n end
print(require("refused"), require("refused"), rawget(package.loaded, "refused"))
setmetatable(package.loaded, nil)

-- unloading and reloading
package.preload.counter = (function() local c = 0 return function() c = c + 1 return c end end)()
print(require("counter"), require("counter"))
package.loaded.counter = nil
print(require("counter"))
