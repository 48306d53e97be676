-- Prototypes as values: from funck and funcinfo(f).proto; accepted by jit.util and jit.on/off/flush.
jit.off()
local u = require("jit.util")
local function outer()
  local x = 1
  return function(a, b) return a + b + x end, function(...) return ... end
end
local p1 = u.funck(outer, -1)
local p2 = u.funck(outer, -2)
print(type(p1), type(p2), p1 == p2, rawequal(p1, u.funck(outer, -1)))
print(type(u.funcinfo(outer).proto), u.funcinfo(outer).proto == u.funcinfo(outer).proto)
print(rawequal(u.funcinfo((outer())).proto, p1), rawequal(u.funcinfo(select(2, outer())).proto, p2))
local f1 = u.funcinfo(p1)
local f2 = u.funcinfo(p2)
print(f1.params, f1.isvararg, f1.upvalues, f1.linedefined, f1.loc)
print(f2.params, f2.isvararg, f2.upvalues, f2.linedefined, f2.loc)
print(u.funcbc(p1, 0) == u.funcbc((outer()), 0), u.funcuvname(p1, 0), u.funck(p2, 0), u.funcuvname(p2, 0))
-- jit.on/off/flush take prototypes.
print(pcall(jit.off, p1), pcall(jit.on, p2, true), pcall(jit.flush, p1, false), pcall(jit.on, u.funcinfo(outer).proto))
-- Protos in tables, as keys and values; tostring and type.
local t = {[p1] = 1, [p2] = 2, p1}
print(t[p1], t[p2], rawequal(t[1], p1), tostring(p1):match("^proto: ") ~= nil)
-- Protos are not functions.
print(pcall(p1))
print(pcall(function() return p1 + 1 end))
print(pcall(function() return #p1 end))
print(pcall(function() return p1.x end))
print(pcall(setmetatable, {}, p1))
print(select("#", u.funck(p1, -1)), select("#", u.funck(p1, 0)))
