-- read's argument errors and its failures (write-only files, closed files, directories).
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
put("f", "data\n")
local f = io.open(P("f"))
show(pcall(f.read, f, "x"))
show(pcall(f.read, f, "*"))
show(pcall(f.read, f, ""))
show(pcall(f.read, f, "*x", "*l"))
show(pcall(f.read, f, "*l", "*q"))
show(pcall(f.read, f, {}))
show(pcall(f.read, f, true))
show(pcall(f.read, f, nil))
show(pcall(f.read, f, "*l", nil))
show(pcall(f.read, f, "\0l"))
show(pcall(function() return f:read("bad") end))
show(pcall(function() return f:read({}) end))
show(pcall(function() return f.read(1) end))
show(pcall(f.read))
show(pcall(f.read, io))
show(pcall(f.read, newproxy()))
show(pcall(io.read, "x"))
show(pcall(io.read, {}))
f:close()
show(pcall(f.read, f))
show(pcall(function() return f:read() end))
local w = io.open(P("g"), "w")
show(w:read())
show(w:read("*a"))
show(w:read("*n"))
show(w:read(0))
show(w:read(5))
show(w:read("*l", "*l"))
w:close()
local d = io.open("/")
show(io.type(d))
show(d:read())
show(d:read("*a"))
show(d:read(1))
d:close()
cleanup()
