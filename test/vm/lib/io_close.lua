-- Closing: files, the default output, standard files, twice, and with bad arguments.
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
put("f", "x")
local f = io.open(P("f"))
show(f:close())
show(pcall(f.close, f))
show(pcall(io.close, f))
show(pcall(function() return f:close() end))
f = io.open(P("f"))
show(io.close(f), io.type(f))
show(pcall(io.close, nil))
show(pcall(io.close, 1))
show(pcall(io.close, {}))
show(pcall(io.close, newproxy()))
show(pcall(function() return io.close(false) end))
show(io.close())
show(io.stdout:close(), io.stderr:close(), io.stdin:close())
show(io.close(io.stdout))
show(io.type(io.stdout), io.type(io.stdin), io.type(io.stderr))
local o = io.output(P("out"))
show(io.write("data"))
show(io.close(), io.type(o))
show(pcall(io.close))
show(pcall(function() io.close() end))
io.output(io.stdout)
show(get("out"))
-- A closed file's methods all refuse.
for _, m in ipairs{"read", "write", "lines", "flush", "seek", "setvbuf", "close"} do
  show(m, pcall(f[m], f, "no"))
end
cleanup()
