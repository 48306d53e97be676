-- Numbers read one after another, across the stream's buffer boundaries.
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
local parts = {}
for i = 1, 3000 do parts[i] = tostring(i * 1.25) end
put("f", table.concat(parts, " ") .. "\n-1e3\t+7\n0x20 nan -inf 5e-1")
local f = io.open(P("f"))
local sum, count = 0, 0
while true do
  local x = f:read("*n")
  if not x then break end
  if x == x then sum = sum + x end
  count = count + 1
end
show(count, sum, f:read("*a"))
f:seek("set")
local t = {f:read("*n", "*n", "*n")}
show(t[1], t[2], t[3])
f:close()
put("g", ("9"):rep(5000) .. " 1")
f = io.open(P("g"))
show(f:read("*n"), f:read("*n"))
f:close()
cleanup()
