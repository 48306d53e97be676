-- io.tmpfile: an unnamed read/write file that is gone once closed.
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
local t = io.tmpfile()
show(io.type(t), t:write("tmp", 1, "\n"), t:seek(), t:seek("set"), t:read("*a"))
show(t:write("more"), t:seek("set", 2), t:read(3), t:seek("end"))
show(t:setvbuf("no"), t:flush())
for l in (function() t:seek("set") return t:lines() end)() do show(l) end
show(t:close(), io.type(t))
local t2, t3 = io.tmpfile(), io.tmpfile()
show(t2 ~= t3, t2:write("a"), t3:write("b"), t2:seek("set"), t2:read("*a"), t3:seek("set"), t3:read("*a"))
t2:close() t3:close()
show(io.type(io.tmpfile("ignored", 1)))
