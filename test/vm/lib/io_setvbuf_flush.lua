-- Buffering: a second handle sees writes after a flush, a close, or as the buffer mode says.
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
local function seen() local r = io.open(P("f")) local s = r:read("*a") r:close() return ("%q"):format(s) end
show(w:write("abc"), seen())
show(w:flush(), seen())
show(w:setvbuf("no"), w:write("def"), seen())
show(w:setvbuf("line"), w:write("g\nh"), seen())
show(w:write("i"), seen(), w:write("\n"), seen())
show(w:setvbuf("full"), w:write("jk"), seen())
show(w:setvbuf("full", 1024), w:write("l"), seen())
show(w:setvbuf("no"), seen())
show(w:close(), seen())
w = io.open(P("f"), "w")
show(w:setvbuf("line", 1), w:write("no newline"), seen())
w:close()
show(seen())
w = io.open(P("f"), "w")
show(pcall(w.setvbuf, w))
show(pcall(w.setvbuf, w, "none"))
show(pcall(w.setvbuf, w, nil))
show(pcall(w.setvbuf, w, 1))
show(pcall(w.setvbuf, w, "full", "x"))
show(pcall(w.setvbuf, w, "full", {}))
show(pcall(w.setvbuf, w, "full", "12"))
show(pcall(function() return w:setvbuf("x") end))
show(pcall(w.setvbuf))
show(pcall(w.flush))
show(pcall(w.flush, 1))
show(w:flush(), w:flush())
w:close()
show(pcall(w.setvbuf, w, "no"))
show(pcall(w.flush, w))
-- flush on a read-only file succeeds.
local r = io.open(P("f"))
show(r:flush(), r:read("*a"))
r:close()
cleanup()
