-- read's formats: *n *l *L *a and counts, with and without the star, several at once.
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
put("f", "12 3.5e1 -7\nline two\r\nthird\n\nlast without newline")
local f = io.open(P("f"))
show(f:read("*n", "*n", "n"))
show(("%q"):format(f:read("*L")))
show(f:read("*l"))
show(f:read("l"))
show(("%q"):format(f:read("L")))
show(f:read("*line"))
show(f:read("*a"))
show(f:read("*a"))
show(f:read("a"))
show(f:read("*l"))
show(f:read("*L"))
show(f:read("*n"))
show(f:read(0))
show(f:read(1))
show(f:read())
f:seek("set")
show(f:read(2, 0, 1, "*l", "*L", 3, "*a", "*l", "*a"))
f:seek("set")
show(f:read("*all"))
f:seek("set")
show(f:read("*Line"), f:read("*number"), f:read("lx"))
f:close()
put("e", "")
f = io.open(P("e"))
show(f:read("*a"), f:read("*a"), f:read("*l"), f:read(0), f:read(5), f:read("*n"), f:read("*L"))
show(f:read("*a", "*a", "*l", "*a"))
show(f:read())
f:close()
cleanup()
