-- read(n): counts, fractions, zero at and before the end, sizes too big to buffer.
-- Files live under a fresh temporary name (never printed: messages show it as TMP).
local T = os.tmpname()
os.remove(T)
local created = {}
local function P(n) created[n] = true return T .. "_" .. n end
local function clean(v)
  local t = type(v)
  if t == "string" then return (v:gsub(T, "TMP")) end
  if t == "userdata" and io.type(v) then return io.type(v) end
  if t == "function" or t == "table" or t == "userdata" or t == "thread" then return t end
  return tostring(v)
end
local function show(...)
  local o = {}
  for i = 1, select("#", ...) do o[i] = clean((select(i, ...))) end
  print(table.concat(o, "\t"))
end
local function put(n, s) local f = assert(io.open(P(n), "wb")) f:write(s) f:close() end
local function get(n) local f = assert(io.open(P(n), "rb")) local s = f:read("*a") f:close() return s end
local function cleanup() for n in pairs(created) do os.remove(T .. "_" .. n) end end
put("f", "abcdefghij")
local f = io.open(P("f"))
show(f:read(3), f:read(1.9), f:read(0), f:read(-0.5), f:read(4), f:read(10), f:read(0), f:read(1))
f:seek("set")
show(f:read(100))
f:seek("set")
show(pcall(f.read, f, -1))
show(f:read("*a"))
f:seek("set")
show(pcall(f.read, f, 2^31))
show(pcall(f.read, f, 2^32 + 1))
show(pcall(f.read, f, 0/0))
show(pcall(f.read, f, 1/0))
f:seek("set")
show(f:read(1e8))
f:seek("set")
show(pcall(f.read, f, "3"))
show(pcall(f.read, f, " 3"))
f:close()
cleanup()
