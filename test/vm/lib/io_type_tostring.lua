-- io.type and tostring of handles.
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
show(io.type(f), io.type(io.stdin), io.type(io.stdout), io.type(io.stderr))
show(io.type(nil), io.type(1), io.type("file"), io.type({}), io.type(newproxy()), io.type(print), io.type(false))
show(pcall(io.type))
show(pcall(function() return io.type() end))
show(tostring(f):match("^file %(0x%x+%)$") ~= nil, tostring(io.stdout):match("^file %(0x%x+%)$") ~= nil)
show(tostring(f) == tostring(f), tostring(f) ~= tostring(io.stdout))
f:close()
show(io.type(f), tostring(f))
show(type(f), type(io.stdout))
local mt = getmetatable(f)
show(mt.__tostring(f), pcall(mt.__tostring, 1))
show(pcall(mt.__tostring))
show(pcall(function() return mt.__tostring({}) end))
cleanup()
