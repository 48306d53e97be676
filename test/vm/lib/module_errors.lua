-- module's errors: bad names, name conflicts, and calls that do not come from a Lua function.
print(pcall(module))
print(pcall(module, nil))
print(pcall(module, {}))
print(pcall(function() module() end))
print(pcall(function() module(nil) end))
print(pcall(function() module(false) end))
print(pcall(function() module({}) end))
print(pcall(function() local mod = module; mod(print) end))

-- the name must not run into a non-table global
conflict = 5
print(pcall(function() module("conflict") end))
print(pcall(function() module("conflict.sub") end))
str = "text"
print(pcall(function() module("str.a.b") end))
deep = { ok = { no = 1 } }
print(pcall(function() module("deep.ok.no.x") end))
print(pcall(function() module("deep.ok.yes") end))
print(deep.ok.yes ~= nil, deep.ok.yes and deep.ok.yes._NAME)
-- a non-table in package.loaded is replaced by the global path's table
package.loaded.notab = "string"
print(pcall(function() module("notab") end))
print(type(package.loaded.notab), notab and notab._NAME)

-- called from C (pcall, a coroutine body that is C): the table is made, then module fails
print(pcall(module, "from_pcall"))
print(from_pcall and from_pcall._NAME, package.loaded.from_pcall == from_pcall)
print(pcall(module, "from_pcall2", function() error("not reached") end))
local co = coroutine.wrap(module)
print(pcall(co, "from_co"))
print(from_co and from_co._NAME)
-- a Lua function inside a coroutine is fine
local co2 = coroutine.wrap(function() module("in_co") return _NAME end)
print(co2())

-- odd names
local function m1() module("x..y.") end
print(pcall(m1))
print(type(x), type(x and x[""]), package.loaded["x..y."]._PACKAGE)
local function m2() module(".lead") end
print(pcall(m2))
print(package.loaded[".lead"]._PACKAGE, type(_G[""]))
local function m3() module("") end
print(pcall(m3))
print(package.loaded[""] ~= nil, package.loaded[""]._NAME, package.loaded[""]._PACKAGE)
local function m4() module(42) end
m4()
print(type(_G["42"]), package.loaded["42"]._NAME, type(package.loaded["42"]._NAME))
local function m5() module("nul\0tail") end
m5()
print(nul ~= nil, nul._NAME, package.loaded["nul\0tail"])
