-- package.seeall and module(name, package.seeall).
package.path = "/nonexistent/?.lua"
package.cpath = "/nonexistent/?.so"

package.preload.seeing = function(...)
  module(..., package.seeall)
  function show() return type(print), tostring(12), _NAME end
  global_from_module = "stays in module"
end
local m = require("seeing")
print(m.show())
print(getmetatable(m).__index == _G, m.global_from_module, global_from_module)
print(m.print == print, rawget(m, "print"))

-- seeall on plain tables
local t = {}
print(select('#', package.seeall(t)))
print(getmetatable(t).__index == _G, t.string == string)
-- an existing metatable is kept and its __index replaced
local mt = { __index = function() return "old" end, other = "kept" }
local t2 = setmetatable({}, mt)
package.seeall(t2)
print(getmetatable(t2) == mt, mt.__index == _G, mt.other, t2.math == math)
-- a protected metatable is changed too (seeall does not ask getmetatable)
local t3 = setmetatable({}, { __metatable = "locked" })
package.seeall(t3)
print(getmetatable(t3), t3.table == table)
-- __newindex on the metatable is honoured when __index is set
local log = {}
local mmt = setmetatable({}, { __newindex = function(t, k, v) log[#log + 1] = k rawset(t, k, v) end })
local t4 = setmetatable({}, mmt)
package.seeall(t4)
print(table.concat(log, ","), t4.pairs == pairs)
-- globals seen through seeall follow the current _G
local t5 = {}
package.seeall(t5)
later_global = "later"
print(t5.later_global)

-- argument errors
print(pcall(package.seeall))
print(pcall(package.seeall, nil))
print(pcall(package.seeall, "str"))
print(pcall(package.seeall, 1))
print(pcall(function() package.seeall() end))
print(pcall(function() local s = package.seeall; s(true) end))
