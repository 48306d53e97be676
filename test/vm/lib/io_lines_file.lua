-- io.lines(name [, formats]): iterates, closes the file at the end, then refuses to go on.
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
put("f", "1 2\nline2\n\nlast")
for a, b in io.lines(P("f"), "*n", "*n") do show(a, b) end
for l in io.lines(P("f")) do show(("%q"):format(l)) end
for l in io.lines(P("f"), "*L") do io.write(("%q"):format(l), "|") end print()
for a in io.lines(P("f"), 3) do io.write(a, "|") end print()
for a, b in io.lines(P("f"), 1, "*l") do io.write(a, "+", tostring(b), "|") end print()
for a in io.lines(P("f"), "*a") do io.write(("%q"):format(a), "|") break end print()
for n in io.lines(P("f"), "*n") do show(n) end
local it = io.lines(P("f"))
show(it(), it(), it(), it())
show(select("#", it()))
show(pcall(it))
show(pcall(it))
-- Arguments passed to the iterator are ignored.
it = io.lines(P("f"))
show(it("*a", 5), it(nil))
put("e", "")
local n = 0
for l in io.lines(P("e")) do n = n + 1 end
show(n)
cleanup()
