-- Large functions: line numbers past 255 and 65535 lines, hundreds of constants.
jit.off()
local u = require("jit.util")
-- 300 lines between statements, then 70000.
local src = "local a = 1" .. ("\n"):rep(300) .. "local b = a + 2" .. ("\n"):rep(70000) .. "return function()\nreturn b\nend"
local f = loadstring(src, "=big")
local fi = u.funcinfo(f)
print(fi.linedefined, fi.lastlinedefined, fi.bytecodes)
for pc = 0, fi.bytecodes do print(pc, u.funcinfo(f, pc).currentline, u.funcinfo(f, pc).loc) end
local g = f()
local gi = u.funcinfo(g)
print(gi.linedefined, gi.lastlinedefined, gi.currentline, gi.loc)
-- 300 string constants and 300 number constants in one function.
local parts = {}
for i = 1, 300 do parts[#parts + 1] = ("t[%d] = 's%d' .. (x + %d.5)"):format(i, i, i) end
local h = loadstring("local t, x = {}, ...\n" .. table.concat(parts, "\n") .. "\nreturn t")
local hi = u.funcinfo(h)
print(hi.gcconsts, hi.nconsts, hi.bytecodes, hi.lastlinedefined)
for _, i in ipairs{0, 1, 150, 298, 299, 300, 301} do print("num", i, u.funck(h, i)) end
for _, i in ipairs{-1, -2, -150, -300, -301, -302} do print("gc", i, u.funck(h, i)) end
local n = 0
for pc = 0, hi.bytecodes - 1 do local ins = u.funcbc(h, pc) n = (n + ins % 65536) % 1000003 end
print("checksum", n)
print(h(1)[300], h(2)[1])
