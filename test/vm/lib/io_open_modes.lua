-- Every fopen mode: what can be read and written, where writes land.
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
put("f", "hello\n")
for _, mode in ipairs{"r", "rb", "r+", "r+b", "rb+", "w", "wb", "w+", "w+b", "a", "ab", "a+", "a+b", "rt", "rz", "r+x"} do
  put("f", "hello\n")
  local f, err, code = io.open(P("f"), mode)
  if not f then
    show(mode, f, err, code)
  else
    local r1 = {f:read("*l")}
    local w = {f:write("XY")}
    local s = {f:seek("set")}
    local r2 = {f:read("*a")}
    show(mode, io.type(f), r1[1], r1[2], w[1], w[2], s[1], r2[1], r2[2])
    show(mode, f:close(), ("%q"):format(get("f")))
  end
end
-- "x" after w: the file must not exist yet.
show(io.open(P("f"), "wx"))
os.remove(P("f"))
local f = io.open(P("f"), "wx")
show(io.type(f), f:write("new"), f:close(), get("f"))
-- Bad modes fail with EINVAL (nothing is created).
os.remove(P("g"))
for _, mode in ipairs{"", "z", "+r", "xr", "R", " r", "\0r"} do show(("%q"):format(mode), io.open(P("g"), mode)) end
show(io.open(P("g")))
-- A NUL ends the mode as C sees it.
put("f", "data")
local h = io.open(P("f"), "r\0w")
show(io.type(h), h:read("*a"), h:write("x"))
h:close()
cleanup()
