-- math.deg and math.rad: Lua functions in LuaJIT (x * constant): strings coerce, tables use __mul,
-- other values fail inside "[builtin:deg]" / "[builtin:rad]"
local function fmt(v) return string.format("%.17g", v) end
local vals = {0, -0, 1/0, -1/0, 0/0, 1, -1, 0.5, 90, 180, 360, -720, 2^31, -2^31, 2^52 + 1, 2^53, 1e300, -1e300,
  1.7976931348623157e308, 5e-324, -5e-324, 2.2250738585072014e-308, math.pi, math.pi / 2, -math.pi, 1e-8, 57.29577951308232}
for i, v in ipairs(vals) do
  print(i, fmt(v), fmt(math.deg(v)), fmt(math.rad(v)), fmt(math.rad(math.deg(v))), tostring(math.deg(v)), tostring(math.rad(v)))
end
print(math.deg("1"), math.rad("180"), math.deg(" 0x10 "), math.rad("-0"), math.deg(1, "ignored", {}), select('#', math.deg(1, 2)))
-- metamethods: __mul of the argument gets (x, K); only its first result is returned
local mt = {__mul = function(a, b) return "mul", type(a), fmt(b) end}
local t = setmetatable({}, mt)
print(math.deg(t), math.rad(t), select('#', math.deg(t)))
print(select(1, math.deg(setmetatable({}, {__mul = function(a, b) return b end}))))
print(math.rad(setmetatable({}, {__mul = function(a, b) return a end})) ~= nil)
print(pcall(math.deg, setmetatable({}, {__mul = function() error("from mm") end})))
local ok, e = pcall(math.deg, setmetatable({}, {__mul = function() error({}) end}))
print(ok, type(e))
print(pcall(math.deg, setmetatable({}, {__add = function() return 1 end})))
-- errors
print(pcall(math.deg))
print(pcall(math.rad))
print(pcall(math.deg, nil))
print(pcall(math.deg, "x"))
print(pcall(math.rad, ""))
print(pcall(math.deg, {}))
print(pcall(math.rad, true))
print(pcall(math.deg, print))
print(pcall(math.rad, coroutine.create(print)))
print(pcall(function() local r = math.deg({}); return r end))
print(pcall(function() local r = math.rad(false); return r end))
