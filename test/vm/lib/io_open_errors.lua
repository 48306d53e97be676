-- io.open's failures: nil, "name: strerror", errno; and its argument errors.
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
show(io.open(P("missing")))
show(io.open(P("missing"), "r+"))
show(io.open(P("nodir") .. "/x", "w"))
show(io.open(P("nodir") .. "/x"))
show(io.open("/", "w"))
show(io.open("/", "a+"))
show(io.open(""))
put("file", "x")
show(io.open(P("file") .. "/sub"))
show(io.open(P("file") .. "/sub", "w"))
show(io.open(P("missing") .. "\0ignored"))
show(pcall(io.open))
show(pcall(io.open, nil))
show(pcall(io.open, {}))
show(pcall(io.open, true, "r"))
show(pcall(io.open, P("file"), {}))
show(pcall(io.open, P("file"), false))
show(pcall(function() return io.open() end))
show(pcall(function() return io.open(P("file"), io.stdout) end))
-- Numbers are file names and modes are strings.
show(pcall(io.open, 12345, "r"))
show(io.open(P("file"), nil) ~= nil)
cleanup()
