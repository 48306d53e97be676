-- Two handles on one file: each has its own position and buffer.
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
local a = io.open(P("f"), "r+")
local b = io.open(P("f"), "r+")
show(a:read(3), b:read(5))
show(a:write("AB"), b:read("*a"))
show(a:flush(), b:seek("set", 3), b:read(4))
show(b:write("xy"), b:close(), a:seek("set"), a:read("*a"))
a:seek("set")
show(a:read(1), a:seek("cur"))
a:close()
show(get("f"))
local w = io.open(P("g"), "w")
local r = io.open(P("g"))
w:write("abc")
show(r:read("*a"))
w:close()
show(r:read("*a"))
r:close()
cleanup()
