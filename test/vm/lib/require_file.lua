-- require of Lua files found through package.path. The files are made next to a fresh os.tmpname()
-- file; printed texts show that prefix as TMP.
local base = os.tmpname()
local created = { base }
local function write(name, text)
  local p = base .. "_" .. name
  local f = assert(io.open(p, "wb"))
  f:write(text)
  f:close()
  created[#created + 1] = p
end
local function clean(s)
  local lit = base:gsub("%p", "%%%0")
  return (tostring(s):gsub(lit, "TMP"))
end
local function show(...)
  local t = { n = select('#', ...), ... }
  for i = 1, t.n do t[i] = clean(t[i]) end
  print(unpack(t, 1, t.n))
end

package.path = base .. "_?.lua"
package.cpath = base .. "_?.so"

write("simple.lua", [[
loads = (loads or 0) + 1
local name = ...
return { name = name, nargs = select('#', ...), loads = loads }
]])
local m = require("simple")
print(m.name, m.nargs, m.loads, package.loaded.simple == m)
print(require("simple") == m, loads)

-- no result: true
write("noret.lua", "noret_ran = true\n")
print(require("noret"), noret_ran, package.loaded.noret)

-- an empty file
write("empty.lua", "")
print(require("empty"))

-- several results: the first is kept
write("multi.lua", "return 'one', 'two'\n")
print(require("multi"))

-- the file sets package.loaded itself
write("selfset.lua", "package.loaded[...] = 'self-set'\n")
print(require("selfset"))

-- a #! first line is skipped, and so is a UTF-8 byte order mark
write("shebang.lua", "#!/usr/bin/env luajit\nreturn 'shebang ' .. ...\n")
print(require("shebang"))
write("bom.lua", "\239\187\191return 'bom'\n")
print(require("bom"))

-- the chunk's name is "@" .. the file name: errors and debug.getinfo show it
write("where.lua", "local function f() error('raised here') end\nreturn { f = f, src = debug and debug.getinfo and 'has debug' }\n")
local w = require("where")
show(pcall(w.f))

-- modules from files use module() too
write("modfile.lua", "module(..., package.seeall)\nfunction greet() return 'hi from ' .. _NAME end\n")
require("modfile")
print(modfile.greet(), modfile._PACKAGE)

-- a file found through the second template
package.path = base .. "_missing_?.lua;" .. base .. "_?.lua"
write("second.lua", "return 'second template'\n")
print(require("second"))

-- the file's chunk runs with the global environment, even when require is called from elsewhere
write("envcheck.lua", "return getfenv(1) == _G\n")
local sandbox = setmetatable({}, { __index = _G })
local function in_sandbox() return require("envcheck") end
setfenv(in_sandbox, sandbox)
print(in_sandbox())

-- a module file that requires another file
write("outer.lua", "local inner = require('inner')\nreturn 'outer+' .. inner\n")
write("inner.lua", "return 'inner'\n")
print(require("outer"))

-- the Lua loader called directly returns the compiled chunk
local chunk = package.loaders[2]("inner")
print(type(chunk), chunk())
show(package.loaders[2]("absent"))

for _, p in ipairs(created) do os.remove(p) end
