-- The handles' metatable: methods, __index, __gc, __tostring, the registry's FILE* entry.
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
local mt = getmetatable(io.stdout)
show(type(mt), mt == getmetatable(io.stdin), mt.__index == mt)
local keys = {}
for k in pairs(mt) do keys[#keys + 1] = k end
table.sort(keys)
show(table.concat(keys, " "))
keys = {}
for k in pairs(io) do keys[#keys + 1] = k end
table.sort(keys)
show(table.concat(keys, " "))
show(pcall(mt.__gc, 1))
show(pcall(mt.__gc))
show(mt.__gc(io.stdout), io.type(io.stdout))
put("f", "x")
local f = io.open(P("f"))
show(mt.__gc(f), io.type(f))
show(mt.__gc(f), io.type(f))
show(f.read == mt.read, f.close == io.close, io.stdout.write == mt.write)
show(pcall(mt.read, io.stdout))
-- A method called on the wrong object.
show(pcall(function() return io.stdout.write(1, "x") end))
show(pcall(function() return io.stdout.write("x") end))
show(pcall(function() local s = "str" return s.write end))
cleanup()
