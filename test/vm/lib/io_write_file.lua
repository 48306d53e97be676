-- write on files: what it returns, how numbers look, failures on read-only files.
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
local f = io.open(P("f"), "w")
show(f:write())
show(f:write("a", 1, 2.5, -0.0, 1/0, -1/0, tostring(0/0 ~= 0/0), "\n"))
show(f:write(1e15, " ", 1e16, " ", 2^53, " ", 0.1, " ", 1/3, " ", -123, " ", 1e-300, "\n"))
show(f:write("", "", ""))
show(f:write("\0\1\255", "\n"))
show(pcall(f.write, f, {}))
show(pcall(f.write, f, "ok", nil))
show(pcall(f.write, f, true))
show(pcall(function() return f:write(print) end))
show(pcall(function() return f:write("x", "y", {}) end))
show(pcall(f.write, 1))
show(pcall(f.write))
f:close()
show(("%q"):format(get("f")))
show(pcall(f.write, f, "x"))
show(pcall(function() return f:write("x") end))
-- A file opened for reading refuses writes: nil, message, errno.
local r = io.open(P("f"))
show(r:write("zz"))
show(r:write(""))
show(r:write())
show(r:write("a", "b"))
show(r:read("*l"))
r:close()
show(("%q"):format(get("f")))
cleanup()
