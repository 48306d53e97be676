-- read("*n") as fscanf("%lf") does it: the longest prefix of a number, one character of push-back.
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
local cases = {
  "1e", "1e+", ".", "-x", "0x", "0x1p4", "  12abc", "inf", "-infinity", "infinix", "INF", "Infinity!",
  "nan(123)", "nano", "NaN", "1.5.3", "..1", "+.5", "0x.8", "0xg", "1e5e", "--1", "0x1P-2z", "1,5",
  "\n\n 7\n8", "", "   ", "1e400", "-1e400", "0x1e", "00012", "in", "-", "+", "n", "0xp3", "0x.p1",
  ".e1", "1.e2", "9e-400", "4.9e-324", "2.2250738585072011e-308", "0x1.fffffffffffffp1023",
  "123456789012345678901234567890", "0.1", "-0", "+0x10", "0X1A", "1e-", "5E+3x", "\t\v\f\r9",
  "0x1p", "0x1p+", "1p4", "0b101", "1_000", "١", "12e3.5", "0.000001e6",
}
for _, s in ipairs(cases) do
  put("f", s)
  local f = io.open(P("f"))
  local v = f:read("*n")
  local rest = f:read("*a")
  f:close()
  print(("%q"):format(s), v, 1 / (v or 1) < 0 and "neg" or "", ("%q"):format(rest))
end
put("f", "1 2 3 x 4")
local f = io.open(P("f"))
show(f:read("*n", "*n", "*n", "*n", "*n"))
show(f:read("*a"))
f:seek("set")
show(f:read("*n", "*l"))
f:close()
cleanup()
