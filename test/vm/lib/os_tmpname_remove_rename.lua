-- os.tmpname makes a new empty file; os.remove and os.rename report failures as nil, message, errno.
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
local n = os.tmpname()
local n2 = os.tmpname()
show(type(n), #n, n:match("^/tmp/lua_[%w]+$") ~= nil, n ~= n2, os.remove(n2))
local f = io.open(n)
show(io.type(f), f:read("*a"), f:close())
local function hide(...) local r = {...} if type(r[2]) == "string" then r[2] = r[2]:gsub(n, "NAME") end return unpack(r, 1, select("#", ...)) end
show(hide(os.remove(n)))
show(hide(os.remove(n)))
show(hide(io.open(n)))
put("a", "contents")
show(os.rename(P("a"), P("b")))
show(io.open(P("a")), get("b"))
show(os.rename(P("a"), P("b")))
show(os.rename(P("b"), P("nodir") .. "/c"))
put("c", "other")
show(os.rename(P("b"), P("c")), get("c"))
show(os.rename(P("c"), P("c")))
show(os.remove(P("c")))
show(os.remove(P("c") .. "\0suffix"))
show(os.remove(""))
show(os.rename("", P("x")))
show(os.remove(P("nodir") .. "/x"))
show(pcall(os.remove))
show(pcall(os.remove, {}))
show(pcall(os.remove, nil))
show(pcall(os.rename))
show(pcall(os.rename, "a"))
show(pcall(os.rename, nil, "b"))
show(pcall(os.rename, "a", {}))
show(pcall(function() return os.remove() end))
show(pcall(function() return os.rename(P("a")) end))
local ok, nm = pcall(os.tmpname, "ignored")
show(ok, type(nm), os.remove(nm))
show(os.remove(12345678.5))
cleanup()
