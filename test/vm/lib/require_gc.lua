-- Collections while modules load: what require holds on to must survive.
package.path = "/nonexistent/?.lua"
package.cpath = "/nonexistent/?.so"
local std = package.loaders
-- the loaders table is replaced and collected while require walks it
package.loaders = {
  function(name)
    package.loaders = std
    collectgarbage()
    collectgarbage()
    return "\n\tfirst"
  end,
  function(name)
    collectgarbage()
    return function(n) collectgarbage() return { n = n } end
  end,
}
print(require("gc1").n)
-- the module function is dropped from preload before it runs
package.preload.gc2 = function(name)
  package.preload.gc2 = nil
  collectgarbage()
  return string.rep(name, 3)
end
print(require("gc2"))
-- package.loaded replaced in the registry field cannot happen from Lua, but its contents can be churned
package.preload.gc3 = function(name)
  for i = 1, 2000 do package.loaded["tmp" .. i] = { i } end
  for i = 1, 2000 do package.loaded["tmp" .. i] = nil end
  collectgarbage()
  return "gc3 ok"
end
print(require("gc3"))
-- many modules
for i = 1, 500 do
  package.preload["many" .. i] = function(name) return name:upper() end
end
local acc = 0
for i = 1, 500 do acc = acc + #require("many" .. i) end
print(acc, package.loaded.many250)
-- messages built from many loaders
local ls = {}
for i = 1, 100 do ls[i] = function(name) return "\n\t" .. i end end
package.loaders = ls
local ok, err = pcall(require, "none")
print(ok, #err, err:sub(1, 40):gsub("\n", "|"))
package.loaders = std
