-- package.searchpath against real files made next to an os.tmpname() file (shown as TMP).
local base = os.tmpname()
local created = { base }
local function write(name, text)
  local p = base .. "_" .. name
  local f = assert(io.open(p, "wb"))
  f:write(text or "")
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

write("m.lua")
write("a_b.lua")
write("x.y.lua")
write("second")
show(package.searchpath("m", base .. "_?.lua"))
show(package.searchpath("m", base .. "_none_?.lua;" .. base .. "_?.lua"))
show(package.searchpath("none", base .. "_?.lua;" .. base .. "_?.txt"))
-- sep and rep choose how the name maps to the file
show(package.searchpath("a.b", base .. "_?.lua"))
show(package.searchpath("a.b", base .. "_?.lua", ".", "_"))
show(package.searchpath("a-b", base .. "_?.lua", "-", "_"))
show(package.searchpath("x.y", base .. "_?.lua", ""))
show(package.searchpath("x.y", base .. "_?.lua", "."))
-- the first readable template wins, in path order
show(package.searchpath("second", base .. "_?;" .. base .. "_m.lua"))
show(package.searchpath("anything", base .. "_m.lua;" .. base .. "_?"))
-- a removed file is no longer found
os.remove(base .. "_m.lua")
show(package.searchpath("m", base .. "_?.lua"))
-- require uses the same search
package.path = base .. "_?.lua"
package.cpath = ""
write("found.lua", "return 'found ' .. ...")
print(require("found"))
show(pcall(require, "m"))

for _, p in ipairs(created) do os.remove(p) end
