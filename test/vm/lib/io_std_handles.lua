-- The standard handles: stdout writes go with print, stdin and stdout refuse the other direction.
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
show(io.stdout:write("to stdout "), io.stdout:write("", 12, "\n"))
show(io.stderr:write(), io.stderr:write(""))
show(io.stdout:flush(), io.flush(), io.stderr:flush())
show(io.stdout:setvbuf("full"), io.stdout:setvbuf("line"), io.stdout:setvbuf("no"))
show(io.stdout:read())
show(io.stdout:read("*a"))
show(io.stdout:read(0))
show(io.stdin:write("x"))
show(io.stdin:write(""))
show(io.stderr:read("*l"))
show(pcall(function() for l in io.stdout:lines() do end end))
show(io.stdout == io.output(), io.stdin == io.input())
show(io.stdout ~= io.stderr, io.stdin ~= io.stdout)
io.write("a", "b", "\n")
print("after")
