-- io.input/io.output errors: missing files, bad arguments, closed handles, closed defaults.
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
show(pcall(io.input, P("missing")))
show(pcall(function() return io.input(P("missing")) end))
show(pcall(io.output, P("nodir") .. "/x"))
show(pcall(io.input, {}))
show(pcall(io.input, true))
show(pcall(io.output, false))
show(pcall(io.input, newproxy()))
show(pcall(io.input, 42))
show(io.input(nil) == io.stdin, io.output(nil) == io.stdout)
put("f", "x")
local f = io.open(P("f"))
f:close()
show(pcall(io.input, f))
show(pcall(io.output, f))
-- A closed default: io.read/io.write/io.lines/io.close and friends complain.
local g = io.input(P("f"))
g:close()
show(io.type(io.input()))
show(pcall(io.read))
show(pcall(io.read, "*a"))
show(pcall(function() return io.read() end))
local ok, it = pcall(io.lines)
show(ok, pcall(it))
io.input(io.stdin)
local o = io.output(P("o"))
o:close()
show(pcall(io.write, "z"))
show(pcall(io.flush))
show(pcall(io.close))
show(pcall(function() io.write("z") end))
io.output(io.stdout)
show(io.write(""))
cleanup()
