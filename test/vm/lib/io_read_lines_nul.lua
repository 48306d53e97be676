-- Lines with NUL bytes: fgets' chunks end at a NUL as strlen sees them.
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
put("f", "abc\n\0x\n\0\nlast\0tail\nz\0")
local f = io.open(P("f"))
for i = 1, 5 do local l = f:read("*l") print(l and ("%q"):format(l)) end
f:seek("set")
for i = 1, 5 do local l = f:read("*L") print(l and ("%q"):format(l)) end
f:seek("set")
local s = f:read("*a")
print(#s, ("%q"):format(s))
f:close()
put("g", "\0\n")
f = io.open(P("g"))
show(f:read("*l"))
f:close()
put("g", "a\0\nb\n")
f = io.open(P("g"))
show(f:read("*l"), f:read("*l"))
f:close()
-- Long lines cross the 8192-byte fgets chunks.
put("h", ("x"):rep(20000) .. "\n" .. ("y"):rep(8191) .. "\n" .. ("z"):rep(8190) .. "\r\n")
f = io.open(P("h"))
for i = 1, 4 do local l = f:read("*l") print(l and #l, l and l:sub(1, 1)) end
f:close()
cleanup()
