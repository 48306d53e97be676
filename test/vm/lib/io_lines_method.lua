-- file:lines(formats): the file stays open at the end; closing it stops the iterator.
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
put("f", "one\ntwo\nthree")
local f = io.open(P("f"))
local it = f:lines()
show(it(), it(), it(), it(), it())
show(io.type(f), f:seek())
f:seek("set")
for a, b in f:lines(2, "*l") do show(a, b) end
f:seek("set")
for l in f:lines("*L") do io.write(("%q"):format(l), " ") end print()
f:seek("set")
local it2 = f:lines(1)
show(it2(), f:read("*l"), it2())
f:close()
show(pcall(it2))
show(pcall(it))
show(pcall(f.lines, f))
show(pcall(f.lines))
show(pcall(f.lines, 1))
show(pcall(function() return f:lines() end))
-- Many formats are fine up to the limit of closure upvalues.
f = io.open(P("f"))
local ok, it3 = pcall(f.lines, f, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59)
show(ok, select("#", it3()))
show(pcall(f.lines, f, 1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53,54,55,56,57,58,59,60))
f:close()
local w = io.open(P("g"), "w")
show(pcall(function() for l in w:lines() do end end))
w:close()
cleanup()
