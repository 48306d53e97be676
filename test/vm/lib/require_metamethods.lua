-- require and its loaders read package fields with lua_getfield: __index on the package table counts.
package.path = "/nonexistent/?.lua"
package.cpath = "/nonexistent/?.so"
local real = { loaders = package.loaders, preload = package.preload, path = package.path, cpath = package.cpath }
local reads = {}
package.loaders, package.preload, package.path, package.cpath = nil, nil, nil, nil
setmetatable(package, { __index = function(t, k) reads[#reads + 1] = k return real[k] end })
package.preload = nil
real.preload.meta = function() return "found through __index" end
print(require("meta"))
print(table.concat(reads, ","))
reads = {}
print(pcall(require, "nothing"))
print(table.concat(reads, ","))
-- a path produced by __index
real.path = "/nonexistent/meta/?.lua"
print(pcall(require, "x"))
-- a __index table chain
setmetatable(package, { __index = setmetatable({}, { __index = real }) })
print(pcall(require, "y"))
setmetatable(package, nil)
package.loaders, package.preload, package.path, package.cpath = real.loaders, real.preload, "/nonexistent/?.lua", real.cpath

-- __index on package.preload and on package.loaded, __newindex on package.loaded
setmetatable(package.preload, { __index = function(t, k) return function(n) return "pre:" .. n end end })
print(require("anything.at.all"))
setmetatable(package.preload, nil)
-- an __index that errors
setmetatable(package.preload, { __index = function(t, k) error("preload index failed for " .. k) end })
print(pcall(require, "broken"))
setmetatable(package.preload, nil)
setmetatable(package.loaded, { __index = function(t, k) error("loaded index failed for " .. k, 0) end })
print(pcall(require, "broken2"))
setmetatable(package.loaded, nil)
setmetatable(package.loaded, { __newindex = function(t, k, v) error("no new modules: " .. k, 0) end })
package.preload.refused = function() return 1 end
print(pcall(require, "refused"))
setmetatable(package.loaded, nil)
print(rawget(package.loaded, "refused"))
-- module() sets its fields with __newindex too
local log = {}
package.loaded.watched = setmetatable({}, { __newindex = function(t, k, v) log[#log + 1] = k rawset(t, k, v) end })
local function f() module("watched") end
f()
table.sort(log)
print(table.concat(log, ","))
-- and reads _NAME with __index
package.loaded.named = setmetatable({}, { __index = function(t, k) if k == "_NAME" then return "via index" end end })
local function g() module("named") end
g()
print(rawget(package.loaded.named, "_NAME"), package.loaded.named._NAME, rawget(package.loaded.named, "_M"))
-- new global tables for module names go through _G's __newindex
local created = {}
setmetatable(_G, { __newindex = function(t, k, v) created[#created + 1] = k rawset(t, k, v) end })
local function h() module("fresh.sub") end
h()
setmetatable(_G, nil)
print(table.concat(created, ","), fresh.sub._NAME)
