-- jit.util.funcbc: pc out of range, numbers that are not integers, strings, prototypes.
jit.off()
local u = require("jit.util")
local function f(a) return a + 1 end
local n = u.funcinfo(f).bytecodes
for _, pc in ipairs{-1, 0, 1, n - 1, n, n + 1, 2^31, 2^32, 2^32 + 1, -2^31, 1/0, -1/0, 0/0, 1.5, 1.9999, -0.5,
                    "1", " 2 ", "0x1", "1e0"} do
  print(type(pc), pc, select("#", u.funcbc(f, pc)), u.funcbc(f, pc))
end
-- A prototype works like its function.
local p = u.funck(function() return function(x) return x end end, -1)
print(type(p), u.funcbc(p, 0))
print(u.funcbc(p, 1))
print(u.funcbc(p, 2))
print(u.funcbc(p, 3))
-- The main chunk of a loaded string: a vararg function (FUNCV).
local m = loadstring("return ...")
print(u.funcbc(m, 0))
print(u.funcbc(m, 1))
