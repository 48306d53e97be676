-- "a" and "a+": writes always go to the end; a+ reads from where it is told.
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
put("f", "start\n")
local f = io.open(P("f"), "a")
show(f:seek())
show(f:write("one\n"))
show(f:seek("set", 0), f:write("two\n"), f:seek())
show(f:read("*a"))
f:close()
show(("%q"):format(get("f")))
f = io.open(P("f"), "a+")
show(f:seek())
show(("%q"):format(f:read("*a")))
f:seek("set", 0)
show(f:read(3))
show(f:write("END"))
show(f:seek())
show(f:read("*a"))
f:seek("set", 2)
show(f:read(3))
f:seek("set")
show(("%q"):format(f:read("*a")))
f:close()
-- Appending creates the file.
os.remove(P("g"))
f = io.open(P("g"), "a")
show(io.type(f), f:write("x"), f:close(), get("g"))
f = io.open(P("g"), "ab+")
show(f:write("y"), f:seek("set"), f:read("*a"))
f:close()
cleanup()
