-- Every argument error of funcinfo, funcbc, funck, funcuvname.
jit.off()
local u = require("jit.util")
-- pcall, with a table result shown by its type (no addresses in the output).
local function pc(f, ...)
  local ok, v = pcall(f, ...)
  if type(v) == "table" then v = "<table>" end
  return ok, v
end
local lf = function(a) return a end
local vals = {nil, false, true, 0, "f", {}, print, coroutine.create(print), newproxy()}
local nvals = 9
for _, name in ipairs{"funcinfo", "funcbc", "funck", "funcuvname"} do
  local f = u[name]
  print(name, pc(f))
  for i = 1, nvals do print(name, i, pc(f, vals[i], 1)) end
  print(name, "no index", pc(f, lf))
  print(name, "nil index", pc(f, lf, nil))
  for _, bad in ipairs{"x", "", {}, true, print, " 1x"} do print(name, type(bad), pc(f, lf, bad)) end
end
-- funcinfo accepts C functions (nothing else that is not Lua); the others only Lua functions.
print(pc(u.funcinfo, print))
print(pc(u.funcbc, print, 0))
print(pc(u.funck, print, 0))
print(pc(u.funcuvname, print, 0))
-- The argument is checked before the index.
print(pc(u.funcbc, {}, "x"))
print(pc(u.funck, nil, nil))
-- Called from Lua: positions and names.
print(pcall(function() u.funcinfo() end))
print(pcall(function() u.funcbc(lf) end))
print(pcall(function() u.funck(print, 1) end))
print(pcall(function() local uv = u.funcuvname uv(lf, {}) end))
print(pcall(function() u.funcinfo(lf, "pc") end))
