-- Metatable arithmetic, comparison, call, concat and __index inside a hot loop.
local MT = {}
local function V(x) return setmetatable({ v = x }, MT) end
MT.__add = function(a, b) return V(a.v + (type(b) == "table" and b.v or b)) end
MT.__lt = function(a, b) return a.v < b.v end
MT.__eq = function(a, b) return a.v == b.v end
MT.__call = function(self, y) return self.v * y end
MT.__concat = function(a, b) return tostring(a.v) .. "/" .. tostring(b) end
MT.__index = function(t, k) return #k end
local o, lt, eq = V(0), 0, 0
for i = 1, 200 do
  o = o + i
  if V(i) < o then lt = lt + 1 end
  if V(i % 3) == V(0) then eq = eq + 1 end
end
print(o.v, lt, eq, o(2), o .. "x", o.missing)
