-- Handles the program drops are closed once collected: their buffered data reaches the file.
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
do local h = io.open(P("f"), "w") h:write("dropped") end
collectgarbage()
collectgarbage()
show(get("f"))
for i = 1, 300 do
  local h = io.open(P("g"), "w")
  h:write("pass ", i)
  if i % 50 == 0 then collectgarbage() end
end
collectgarbage()
show(get("g"))
-- A handle kept in a table stays open.
local keep = {io.open(P("h"), "w")}
collectgarbage()
show(io.type(keep[1]), keep[1]:write("kept"), keep[1]:close(), get("h"))
-- So does one only an iterator holds.
put("i", "a\nb\n")
local it = io.open(P("i")):lines()
collectgarbage()
show(it(), it(), it())
cleanup()
