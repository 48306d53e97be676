-- jit.util.funcinfo(f, pc): currentline (only for pc inside the function) and loc for every pc.
jit.off()
local u = require("jit.util")
local function f(a, b)
  local c = a
    + b
  if c > 2 then
    return c
  end

  return -c
end
local n = u.funcinfo(f).bytecodes
print("bytecodes", n)
for pc = -2, n + 2 do
  local t = u.funcinfo(f, pc)
  print(pc, t.currentline, t.loc)
end
for _, pc in ipairs{2^31, 2^32, 2^32 + 1, -2^31, 1/0, -1/0, 0/0, 1.5, 2.9, -0.5, "3", "0x2", " 4 "} do
  local t = u.funcinfo(f, pc)
  print(type(pc), pc, t.currentline, t.loc)
end
print(u.funcinfo(f, nil).currentline, u.funcinfo(f, nil).loc)
-- A one-line function and the main chunk of a loaded string.
local g = function() return 1 end
for pc = 0, 3 do print("g", pc, u.funcinfo(g, pc).currentline, u.funcinfo(g, pc).loc) end
local h = loadstring("local x = 1\nlocal y = 2\nreturn x + y")
for pc = 0, 6 do print("h", pc, u.funcinfo(h, pc).currentline, u.funcinfo(h, pc).loc) end
