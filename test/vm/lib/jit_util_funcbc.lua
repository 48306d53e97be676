-- jit.util.funcbc(f, pc): the instruction word and its opcode's mode word, for every pc of
-- several functions (the bytecode is LuaJIT's, bit for bit).
jit.off()
local u = require("jit.util")
local function dump(name, f)
  local n = u.funcinfo(f).bytecodes
  for pc = 0, n do
    local ins, m = u.funcbc(f, pc)
    if ins then
      print(name, pc, ins, m, ("%08x"):format(ins % 2^32), ins % 256, m % 8, math.floor(m / 8) % 16,
            math.floor(m / 128) % 16, math.floor(m / 2048))
    else
      print(name, pc, select("#", u.funcbc(f, pc)))
    end
  end
end
local up = 0
local function arith(a, b)
  local c = a + b - 1 * a / 2 % b
  c = -c ^ 2
  return c .. "x", #"abc", not c
end
local function control(n, t)
  local s = 0
  for i = 1, n do s = s + i end
  for k, v in pairs(t) do s = s + v end
  for k, v in next, t do s = s + v end
  while s > 100 do s = s - 7 end
  repeat s = s + 1 until s >= 10
  if s == 10 then return 1 elseif s ~= 11 then return 2 end
  if n < s and n <= s and s > n and s >= n then up = up + 1 end
  return s
end
local function tables(t, k, ...)
  local a = {}
  local b = {1, 2, 3, x = 1}
  a[k] = t[k]; a.x = t.y; a[1] = t[2]; a[300] = t[400]
  local c = {f(), g(...)}
  return a, b, c
end
local function calls(...)
  local x, y = ...
  print(x, y)
  local r = {select(1, ...)}
  return tostring(x), up, math.floor(y or 0)
end
local function closures(a)
  local function f() a = a + 1 return a end
  do local z = 1 f = function() return z end end
  return f, function() up = "s" up = 1 up = true up = nil end
end
local function tail(f, ...) return f(...) end
local function consts()
  local a, b, c, d, e = nil, true, false, 32767, -32768
  local f, g, h = 32768, 1.5, "str"
  local i = 0x7fffffff
  return a, b, c, d, e, f, g, h, i
end
dump("arith", arith)
dump("control", control)
dump("tables", tables)
dump("calls", calls)
dump("closures", closures)
dump("inner", closures(1))
dump("tail", tail)
dump("consts", consts)
