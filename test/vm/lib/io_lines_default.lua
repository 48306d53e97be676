-- io.lines() and io.read() on the default input: the file stays open after the loop.
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
put("f", "alpha\nbeta\n3 4\n\ngamma")
local f = io.input(P("f"))
for l in io.lines() do show("line", l) if l == "beta" then break end end
show(io.read("*n", "*n"))
for l in io.lines(nil, "*L") do show(("%q"):format(l)) end
show(io.type(f), io.read(), io.read("*a"))
f:seek("set")
local it = io.lines()
show(it(), it())
f:seek("set")
for a, b, c in io.lines(nil, 1, 2, "*l") do show(a, b, c) end
show(io.type(io.input()))
io.input():close()
show(pcall(it))
io.input(io.stdin)
cleanup()
