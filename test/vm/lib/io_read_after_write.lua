-- Reading right after writing, with no seek or flush between (glibc's behaviour, which LuaJIT shows).
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
local function run(mode, init, steps)
  put("f", init)
  local f = io.open(P("f"), mode)
  local out = {}
  for _, s in ipairs(steps) do
    local r
    if s[1] == "w" then r = {f:write(s[2])}
    elseif s[1] == "r" then r = {f:read(s[2])}
    elseif s[1] == "s" then r = {f:seek(s[2], s[3])}
    else r = {f:flush()} end
    for i = 1, 3 do r[i] = r[i] == nil and "nil" or ("%q"):format(tostring(r[i])) end
    out[#out + 1] = s[1] .. ":" .. table.concat(r, ",", 1, 3)
  end
  f:close()
  show(mode, table.concat(out, " "), ("%q"):format(get("f")))
end
run("w+", "", {{"w", "3323\n"}, {"r", "*a"}, {"r", 3}, {"s", "set"}, {"r", "*a"}})
run("w+", "", {{"w", "abc"}, {"r", "*l"}, {"s", "cur"}, {"r", "*a"}})
run("w+", "", {{"w", "abc"}, {"r", 1}, {"w", "d"}, {"s", "set"}, {"r", "*a"}})
run("r+", "0123456789", {{"r", 2}, {"w", "AB"}, {"r", 2}, {"s", "cur"}, {"r", "*a"}})
run("r+", "0123456789", {{"w", "xy"}, {"r", "*a"}, {"s", "set"}, {"r", "*a"}})
run("r+", "0123456789", {{"w", "xy"}, {"r", 0}, {"r", 3}, {"f"}, {"r", "*a"}})
run("a+", "start\n", {{"r", "*l"}, {"w", "more"}, {"r", "*a"}, {"s", "cur"}, {"s", "set"}, {"r", "*a"}})
run("a+", "start\n", {{"w", "x"}, {"s", "set", 2}, {"r", 2}, {"w", "y"}, {"s", "cur"}})
run("r+", ("a"):rep(100), {{"r", 10}, {"w", "Z"}, {"s", "cur"}, {"s", "cur", -5}, {"r", 10}})
run("w+", "", {{"w", ("q"):rep(10)}, {"r", "*n"}, {"w", "7"}, {"s", "end"}})
cleanup()
