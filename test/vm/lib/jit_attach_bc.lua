-- A "bc" handler receives every new prototype of load/loadstring, innermost first.
jit.off()
local u = require("jit.util")
local seen = {}
jit.attach(function(pt)
  local i = u.funcinfo(pt)
  seen[#seen + 1] = type(pt) .. "@" .. i.linedefined .. "-" .. i.lastlinedefined .. "/" .. i.bytecodes
end, "bc")
local function show(what) print(what, #seen, table.concat(seen, " ")) seen = {} end
loadstring("return 1") show("one chunk")
loadstring("local function f() end local g = function() return function() end end", "=x") show("nested")
loadstring("local a = function() end\nlocal b = function()\nend\nlocal c = function() end") show("siblings")
load(function() return nil end) show("empty load")
loadstring("x = ") show("syntax error")
local parts = {"return ", "function() ", "end"}
local i = 0
load(function() i = i + 1 return parts[i] end) show("load pieces")
-- Running code makes no prototypes.
local f = loadstring("return function() return 1 end") show("before run")
f()() show("after run")
-- Detach.
jit.attach(print)
loadstring("return 2") show("still attached")
local ff = function() end
jit.attach(ff, "bc")
jit.attach(ff)
loadstring("return 3") show("detached")
-- A handler that errors does not stop loading.
jit.attach(function() error("no") end, "bc")
print(type(loadstring("return 4")))
print(loadstring("return 5")())
