-- require's argument errors and broken package fields.
package.path = "/nonexistent/?.lua"
package.cpath = "/nonexistent/?.so"
print(pcall(require))
print(pcall(require, nil))
print(pcall(require, true))
print(pcall(require, {}))
print(pcall(require, print))
print(pcall(function() require() end))
print(pcall(function() require(nil) end))
print(pcall(function() require(false) end))
print(pcall(function() local r = require; r({}) end))
print(pcall(function() return package.loaded.x.y end))

-- package.preload must be a table
local preload = package.preload
package.preload = nil
print(pcall(require, "m1"))
package.preload = "str"
print(pcall(function() require("m1") end))
package.preload = preload

-- package.loaders must be a table
local loaders = package.loaders
package.loaders = nil
print(pcall(require, "m2"))
package.loaders = 42
print(pcall(function() require("m2") end))
-- already loaded modules do not need the loaders
print(require("string") == string)
package.loaders = loaders

-- package.path and package.cpath must be strings (numbers pass)
local path, cpath = package.path, package.cpath
package.path = nil
print(pcall(require, "m3"))
package.path = {}
print(pcall(function() require("m3") end))
package.path = path
package.cpath = false
print(pcall(require, "m3"))
package.cpath = cpath

-- a loader that is not callable
package.loaders = { loaders[1], 42 }
print(pcall(require, "m4"))
package.loaders = { loaders[1], {} }
print(pcall(require, "m4"))
package.loaders = { setmetatable({}, { __call = function(self, name) return function() return "via __call " .. name end end }) }
print(pcall(require, "m4"))
package.loaders = loaders

-- an error inside a loader
package.loaders = { function(name) error("loader failed for " .. name) end }
print(pcall(require, "m5"))
package.loaders = { function(name) error({ tag = "obj" }) end }
local ok, e = pcall(require, "m5")
print(ok, type(e), e.tag)
package.loaders = loaders
print(pcall(require, "m5"))
