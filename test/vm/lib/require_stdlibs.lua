-- Every library LuaJIT opens is in package.loaded under its name, jit.opt included.
package.path = "/nonexistent/?.lua"
package.cpath = "/nonexistent/?.so"
local libs = { "_G", "package", "coroutine", "table", "io", "os", "string", "math", "debug", "bit", "jit" }
for _, name in ipairs(libs) do
  print(name, type(package.loaded[name]), package.loaded[name] == _G[name], require(name) == _G[name])
end
print(type(package.loaded["jit.opt"]), package.loaded["jit.opt"] == jit.opt, require("jit.opt") == jit.opt)
print(debug.getregistry()._LOADED == package.loaded, debug.getregistry()._PRELOAD == package.preload)
local n = 0
for k, v in pairs(package.loaded) do if type(v) == "table" then n = n + 1 end end
print(n)
