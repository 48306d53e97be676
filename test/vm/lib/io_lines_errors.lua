-- io.lines' errors: opening fails as an argument error; formats fail when the iterator runs.
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
show(pcall(io.lines, P("missing")))
show(pcall(function() return io.lines(P("missing")) end))
show(pcall(io.lines, false))
show(pcall(io.lines, {}))
show(pcall(io.lines, true, "*l"))
put("f", "x\ny\n")
show(pcall(function() for l in io.lines(P("f"), "x") do end end))
show(pcall(function() for l in io.lines(P("f"), {}) do end end))
show(pcall(function() for l in io.lines(P("f"), "*l", "*z") do end end))
local it = io.lines(P("f"), "bad")
show(pcall(it))
show(pcall(function() local x = it() end))
show(pcall(io.lines, P("f"), 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60))
show(pcall(io.lines, P("f"), 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59))
-- A directory opens, then reading it fails inside the loop.
show(pcall(function() for l in io.lines("/") do end end))
cleanup()
