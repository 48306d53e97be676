-- dofile: runs a file and returns all its results; every error propagates.
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
put("ret", "return 1, 'two', nil, 4")
show(dofile(P("ret")))
show(select("#", dofile(P("ret"))))
put("none", "local x = 1")
show(select("#", dofile(P("none"))))
put("many", "local t = {} for i = 1, 300 do t[i] = i end return unpack(t)")
show(select("#", dofile(P("many"))), (select(300, dofile(P("many")))))
put("glob", "counter = (counter or 0) + 1 return counter")
show(dofile(P("glob")), dofile(P("glob")), counter)
put("args", "return select('#', ...), ...")
show(dofile(P("args")))
put("syntax", "return +")
show(pcall(dofile, P("syntax")))
put("err", "local a = 1\nerror('boom')")
show(pcall(dofile, P("err")))
put("errtab", "error({code = 7})")
local ok, e = pcall(dofile, P("errtab"))
show(ok, type(e), e.code)
put("nested", ("return dofile(%q) + 1"):format(P("one")))
put("one", "return 41")
show(dofile(P("nested")))
show(pcall(dofile, P("missing")))
show(pcall(dofile, "/"))
show(pcall(dofile, ""))
show(pcall(dofile, {}))
show(pcall(dofile, true))
show(pcall(function() return dofile({}) end))
show(pcall(function() return dofile(P("missing")) end))
put("bc", "\27LJ")
show(pcall(dofile, P("bc")))
put("yield", "return coroutine.yield(1) + 1")
local co = coroutine.create(function() return dofile(P("yield")) end)
show(coroutine.resume(co))
cleanup()
