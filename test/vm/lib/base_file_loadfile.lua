-- loadfile: compiles a file (chunk "@name"), returns nil and a message on failure.
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
put("ok", "return 1, ...")
local f = loadfile(P("ok"))
show(type(f), f(5, 6))
put("shebang", "#!/usr/bin/lua\nreturn 'shebang', select('#', ...)")
show(loadfile(P("shebang"))(1, 2, 3))
put("bom", "\239\187\191return 'bom'")
show(loadfile(P("bom"))())
put("bombang", "\239\187\191#!x\nreturn 'both'")
show(loadfile(P("bombang"))())
put("empty", "")
show(type(loadfile(P("empty"))), loadfile(P("empty"))())
put("syntax", "x = ")
show(loadfile(P("syntax")))
put("runtime", "local t = nil\nreturn t.x")
show(pcall(loadfile(P("runtime"))))
put("err", "error('boom')")
show(pcall(loadfile(P("err"))))
put("lvl", "error('lvl2', 2)")
show(pcall(loadfile(P("lvl"))))
show(loadfile(P("missing")))
show(loadfile("/"))
show(loadfile(""))
show(loadfile(P("ok") .. "\0tail") ~= nil)
-- Modes and environments.
show(loadfile(P("ok"), "t") ~= nil, loadfile(P("ok"), "bt") ~= nil)
show(loadfile(P("ok"), "b"))
show(loadfile(P("ok"), ""))
show(loadfile(P("missing"), "b"))
put("bc", "\27LJ\2")
show(loadfile(P("bc")))
show(loadfile(P("bc"), "t"))
show(loadfile(P("bc"), "b"))
put("env", "return x, y")
show(loadfile(P("env"), nil, {x = 5})())
show(loadfile(P("env"), "t", {y = 6})())
x = "global"
show(loadfile(P("env"), nil, 7)())
show(loadfile(P("env"), nil, nil)())
cleanup()
