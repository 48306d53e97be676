-- C modules found through package.cpath: files that are not loadable libraries, and the messages
-- the C loaders and package.loadlib give for them. Files are made next to an os.tmpname() file (TMP).
local base = os.tmpname()
local created = { base }
local function write(name, text)
  local p = base .. "_" .. name
  local f = assert(io.open(p, "wb"))
  f:write(text)
  f:close()
  created[#created + 1] = p
  return p
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
local short = write("short.so", "abc")
local zeros = write("zeros.so", string.rep("\0", 64))
local almost = write("almost.so", string.rep("\0", 63))
local text = write("text.so", string.rep("not a library\n", 10))
local elf32 = write("elf32.so", "\127ELF\1\1\1" .. string.rep("\0", 100))
local badmagic = write("badmagic.so", "\127ELG\2\1\1" .. string.rep("\0", 100))

show(pcall(require, "short"))
show(pcall(require, "zeros"))
show(pcall(require, "almost"))
show(pcall(require, "text"))
show(pcall(require, "elf32"))
show(pcall(require, "badmagic"))
-- the failure is not remembered: the next require tries again
show(pcall(require, "short"))
-- the all-in-one loader: "short.sub" finds the root library
show(pcall(require, "short.sub"))
show(pcall(require, "short.sub.deeper"))
-- a Lua file comes first when both exist
write("both.lua", "return 'lua wins'\n")
write("both.so", "x")
print(require("both"))

-- package.loadlib on the same files
show(package.loadlib(short, "luaopen_short"))
show(package.loadlib(zeros, "*"))
show(package.loadlib(text, "f"))
show(package.loadlib(elf32, "f"))
show(package.loadlib(badmagic, "f"))
show(package.loadlib(base .. "_absent.so", "f"))

-- the C loaders called directly
show(pcall(package.loaders[3], "short"))
show(package.loaders[3]("absent"))
show(pcall(package.loaders[4], "text.x"))
show(package.loaders[4]("absent.x"))

for _, p in ipairs(created) do os.remove(p) end
