-- newproxy __gc: order, errors from finalizers, resurrection, nesting, automatic collection, finalizers at exit
local function proxy(name, f)
  local p = newproxy(true)
  getmetatable(p).__gc = f or function() print("gc", name) end
  return p
end
proxy("a"); proxy("b")
print("collect 1"); collectgarbage(); print("after 1")
-- an error in __gc comes out of the collection
local e = proxy("e", function() error("in gc") end)
e = nil
print(pcall(collectgarbage))
print("collect 2"); collectgarbage(); print("after 2")
-- resurrected objects keep their metatable and are not finalized twice
local keep
local r = proxy("r", function(o) print("gc r"); keep = o end)
r = nil
collectgarbage()
print(type(keep), getmetatable(keep) ~= nil)
keep = nil
collectgarbage()
print("no second gc r")
-- collectgarbage inside __gc
local n = 0
for i = 1, 3 do proxy(i, function() n = n + 1; collectgarbage() end) end
collectgarbage()
print("nested", n)
-- __gc set after creation still counts; a proxy without a metatable has none
local q = newproxy(true)
getmetatable(q).__gc = function() print("late __gc") end
q = nil
local z = newproxy(false)
print(getmetatable(z))
z = nil
collectgarbage()
-- shared metatable via newproxy(p)
local base = proxy("shared")
local c1 = newproxy(base)
print(getmetatable(c1) == getmetatable(base))
c1 = nil
collectgarbage()
-- automatic collection runs finalizers while allocating
local done = 0
for i = 1, 200 do proxy(i, function() done = done + 1 end) end
for i = 1, 200000 do local t = {i} end
print("automatic", done > 100)
-- finalizers still pending at exit run after the main chunk
_G.last = proxy("at exit 1")
_G.last2 = proxy("at exit 2")
print("end of chunk")
