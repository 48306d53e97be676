-- Reading and writing through one handle: each happens at the position the other left.
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
put("f", "hello\n12world1.5\n")
local f = io.open(P("f"), "r+")
show(f:read(2))
show(f:write("__"))
show(f:read(2))
show(f:seek("cur"))
show(f:write("!"))
show(f:read("*l"))
f:seek("set")
show(("%q"):format(f:read("*a")))
show(f:write("tail"))
show(f:seek("cur"), f:seek("end"))
f:seek("set", 3)
show(f:write("ABC"), f:read(3), f:write("D"))
f:seek("set")
show(("%q"):format(f:read("*a")))
f:close()
show(("%q"):format(get("f")))
f = io.open(P("g"), "w+")
show(f:read("*a"), f:write("abc"), f:seek("cur"), f:read("*a"), f:seek("set"), f:read("*a"))
show(f:write("def"), f:seek("set", 1), f:read(2), f:read("*a"))
f:close()
show(get("g"))
cleanup()
