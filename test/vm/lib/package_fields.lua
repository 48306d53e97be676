-- The fields of the package table and its defaults.
local names = {}
for k, v in pairs(package) do names[#names + 1] = k .. ":" .. type(v) end
table.sort(names)
print(table.concat(names, " "))
print(type(require), type(module), type(package.seeall), type(package.searchpath), type(package.loadlib))
print(package.config == "/\n;\n?\n!\n-\n", #package.config)
for c in package.config:gmatch("[^\n]+") do io.write("[", c, "]") end
print()
print(#package.loaders)
for i, f in ipairs(package.loaders) do print(i, type(f)) end
-- the defaults of the installed luajit (unless the environment overrides them)
local path_default = "./?.lua;/usr/share/luajit-2.1.0-beta3/?.lua;/usr/local/share/lua/5.1/?.lua;" ..
  "/usr/local/share/lua/5.1/?/init.lua;/usr/share/lua/5.1/?.lua;/usr/share/lua/5.1/?/init.lua"
local cpath_default = "./?.so;/usr/local/lib/lua/5.1/?.so;/usr/lib/x86_64-linux-gnu/lua/5.1/?.so;" ..
  "/usr/local/lib/lua/5.1/loadall.so"
print(package.path == path_default or os.getenv("LUA_PATH") ~= nil)
print(package.cpath == cpath_default or os.getenv("LUA_CPATH") ~= nil)
print(type(package.path), type(package.cpath))
-- loaded and preload are plain tables shared with the registry
print(type(package.loaded), type(package.preload), getmetatable(package.loaded), getmetatable(package.preload))
print(package.loaded.package == package)
-- the functions know the package table they were made with
local pkg = package
package = nil
local ok, s = pcall(require, "string")
print(ok, s == string)
package = pkg
print(getfenv(require) == _G, getfenv(package.loaders[1]) == _G)
