-- io.input/io.output with names and handles; io.read/io.write/io.lines follow them.
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
put("in", "1 2\nsecond\nthird\nlast")
show(io.input() == io.stdin, io.output() == io.stdout)
local g = io.input(P("in"))
show(io.type(g), g == io.input(), io.input() ~= io.stdin)
show(io.read("*n", "*n"))
show(io.read())
show(io.read("*l"))
for l in io.lines() do show("line", l) end
show(io.read("*a"), io.read())
show(io.type(g))
g:seek("set")
for a, b in io.lines(nil, 1, "*l") do show(a, b) end
show(io.close(g), io.type(g))
local h = io.open(P("in"))
show(io.input(h) == h, io.read(2))
h:close()
io.input(io.stdin)
local o = io.output(P("out"))
show(io.type(o), o == io.output())
show(io.write("a", 1, 2.5, "\n"))
show(io.flush())
show(io.output():write("x"))
show(pcall(io.write, {}))
show(pcall(io.write, "y", nil))
io.output(io.stdout)
show(io.type(o), o:close(), ("%q"):format(get("out")))
-- io.output(name) truncates; io.input(name) opens for reading.
put("out", "old contents")
o = io.output(P("out"))
io.write("new")
io.close()
io.output(io.stdout)
show(get("out"))
show(io.input(P("out")):read("*a"))
io.input():close()
io.input(io.stdin)
cleanup()
