-- jit.util.funcinfo of Lua functions: every field (the proto field only by type).
jit.off()
local u = require("jit.util")
local function show(f, pc)
  local t = u.funcinfo(f, pc)
  local ks = {}
  for k, v in pairs(t) do
    if k == "proto" then v = type(v) end
    ks[#ks + 1] = k .. "=" .. tostring(v)
  end
  table.sort(ks)
  print(table.concat(ks, " "))
end
local up = 1
local function noargs() end
local function params(a, b, c) return a + b + c end
local function vararg(a, ...) return select("#", ...) + a end
local function withup() up = up + 1 return up end
local function nested(x)
  local function inner(y)
    return function(z) return x + y + z end
  end
  return inner
end
local function consts()
  local t = {1, 2, a = "s", [10] = 3.5}
  return 1.5, 2^40, "str", "str2", t, {}, -1, 0
end
local function multiline(a,
                         b)

  return a
    + b
end
show(noargs)
show(params)
show(vararg)
show(withup)
show(nested)
show(nested(1))
show(nested(1)(2))
show(consts)
show(multiline)
show(show)
show(loadstring("return 1"))
show(loadstring("local a = ... return function() return a end", "=chunk"))
show(loadstring("\n\nlocal x = 1\n\nreturn x\n\n", "@some/dir/file.lua"))
-- The main chunk of this file: only stable fields.
local main = u.funcinfo(loadstring("return 0")).source
print(main)
