-- jit.util.funcuvname(f, idx): upvalue names, in the function's own order.
jit.off()
local u = require("jit.util")
local a, b, c = 1, 2, 3
local function one() return a end
local function three() return c + b + a end
local function writes() a = 5 c = 6 end
local function nested()
  local d = 4
  return function()
    return function() return a + d + b end
  end
end
local function show(name, f)
  local n = u.funcinfo(f).upvalues
  local out = {}
  for i = -1, n do out[#out + 1] = tostring((u.funcuvname(f, i))) .. "/" .. select("#", u.funcuvname(f, i)) end
  print(name, n, table.concat(out, " "))
end
show("one", one)
show("three", three)
show("writes", writes)
show("nested", nested)
show("nested()", nested())
show("nested()()", nested()())
show("show", show)
show("none", function() end)
show("proto", u.funck(nested, -1))
show("self", function() return show, u, a end)
for _, i in ipairs{2^32, 2^31, -2^31, 0/0, 1/0, 0.9, 1.1, "0", "1"} do
  print(type(i), i, select("#", u.funcuvname(three, i)), u.funcuvname(three, i))
end
