-- io.popen through /bin/sh: reading a command's output, writing a command's input, bad modes.
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
local p = io.popen("echo hello; echo world")
show(io.type(p), p:read("*l"), p:read("*a"), p:read("*a"), p:read("*l"))
show(p:write("x"))
show(p:seek())
show(p:close(), io.type(p))
p = io.popen("printf 'a b 3'", "r")
show(p:read("*l", "*n"))
for l in io.popen("printf '1\\n2\\n'"):lines() do show("line", l) end
show(io.popen("true"):read("*a"))
show(io.popen("exit 3"):close())
show(io.popen("echo x", "rw"))
show(io.popen("echo x", "b"))
show(io.popen("echo x", ""))
show(io.popen("echo x", "re") ~= nil)
show(pcall(io.popen))
show(pcall(io.popen, {}))
show(pcall(io.popen, "true", {}))
local w = io.popen("cat", "w")
show(io.type(w), w:write("piped ", 42, "\n"), w:read())
io.flush()
show(w:close())
print("after")
