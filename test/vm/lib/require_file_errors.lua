-- Errors from Lua module files: syntax errors, runtime errors, loops, unreadable files.
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

-- syntax errors are reported with the module and file names
write("syntax.lua", "local x = = 1\n")
show(pcall(require, "syntax"))
show(pcall(require, "syntax"))  -- not marked: the file is tried again
write("unfinished.lua", "function f()\n  return 1\n")
show(pcall(require, "unfinished"))
write("badstr.lua", "return 'unclosed\n")
show(pcall(require, "badstr"))
-- bytecode of another VM
write("bytecode.lua", "\27LJ\1garbage")
show(pcall(require, "bytecode"))

-- runtime errors carry the file position and leave the module marked
write("boom.lua", "local a = 1\nerror('boom at load')\n")
show(pcall(require, "boom"))
show(pcall(require, "boom"))
write("arith.lua", "local t = nil\nreturn t.field\n")
show(pcall(require, "arith"))
write("errtab.lua", "error({ code = 42 })\n")
local ok, e = pcall(require, "errtab")
print(ok, type(e), e.code)

-- loops between files
write("ping.lua", "return 'ping+' .. require('pong')\n")
write("pong.lua", "return 'pong+' .. require('ping')\n")
show(pcall(require, "ping"))
show(pcall(require, "pong"))

-- error position inside a nested require
write("caller.lua", "local x = 1\nlocal m = require('not_there')\nreturn m\n")
show(pcall(require, "caller"))

-- errors raised by a loader carry no position, even when require is called from Lua code
show(pcall(function() local r = require("syntax") return r end))

-- a module that fails, then is fixed and reloaded
write("flaky.lua", "error('first try')\n")
show(pcall(require, "flaky"))
write("flaky.lua", "return 'fixed'\n")
package.loaded.flaky = nil
show(pcall(require, "flaky"))

-- the not-found message lists the files tried
show(pcall(require, "absent"))
show(pcall(require, "absent.sub"))

for _, p in ipairs(created) do os.remove(p) end
