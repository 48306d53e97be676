-- Large writes: whole blocks go around the buffer, the tail waits for a flush or close.
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
local w = io.open(P("f"), "w")
local chunk = ("0123456789abcdef"):rep(6250)
show(w:write(chunk), #chunk)
local function size() local r = io.open(P("f")) local n = #r:read("*a") r:close() return n end
local n1 = size()
show(n1 > 0, n1 <= #chunk, n1 % 512 == 0)
show(w:write(chunk:sub(1, 10)), size() == n1)
show(w:flush(), size())
show(w:write(chunk, chunk), w:close(), size())
local r = io.open(P("f"))
local s = r:read("*a")
show(#s, s:sub(1, 20), s:sub(-20), s == chunk .. chunk:sub(1, 10) .. chunk .. chunk)
r:seek("set", 99990)
show(r:read(30))
r:close()
cleanup()
