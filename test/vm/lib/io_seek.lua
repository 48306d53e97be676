-- seek: whence and offsets, the position after reads and writes, its failures and argument errors.
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
put("f", "0123456789")
local f = io.open(P("f"), "r+")
show(f:seek())
show(f:seek("cur"))
show(f:seek("set"))
show(f:seek("end"))
show(f:seek("set", 3), f:read(2), f:seek())
show(f:seek("cur", 2), f:read(1))
show(f:seek("cur", -4), f:read(1))
show(f:seek("end", -3), f:read("*a"))
show(f:seek("set", 1.9), f:read(1))
show(f:seek("set", -0.5), f:read(1))
show(f:seek("set", nil), f:read(1))
show(f:seek("cur", 0 / 0))
show(f:seek("set", -1))
show(f:seek("cur", -100))
show(f:seek("end", -11))
show(f:seek("set", 1000), f:read(1), f:read("*a"), f:read(0))
show(f:seek("end", 5), f:write("Z"), f:seek("end"))
f:seek("set")
show(("%q"):format(f:read("*a")))
show(pcall(f.seek, f, "bad"))
show(pcall(f.seek, f, "SET"))
show(pcall(f.seek, f, ""))
show(pcall(f.seek, f, "set\0"))
show(pcall(f.seek, f, 1))
show(pcall(f.seek, f, {}))
show(pcall(f.seek, f, "set", "x"))
show(pcall(f.seek, f, "set", {}))
show(pcall(f.seek, f, "set", true))
show(pcall(function() return f:seek("where") end))
show(pcall(function() return f:seek("set", "1") end))
show(pcall(f.seek))
show(pcall(f.seek, 5))
f:close()
show(pcall(f.seek, f))
show(pcall(f.seek, f, "bad"))
cleanup()
