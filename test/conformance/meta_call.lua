local callable = setmetatable({name = "obj"}, {__call = function(self, a, b)
  return self.name, a, b
end})
print(callable(1, 2))
print(callable())
print(pcall(callable, "x"))
local counter = setmetatable({n = 0}, {__call = function(self, inc)
  self.n = self.n + (inc or 1)
  return self.n
end})
counter()
counter(5)
print(counter(), counter.n)
local function apply(f, ...) return f(...) end
print(apply(callable, "via", "apply"))
local memo = setmetatable({}, {__call = function(self, n)
  if n < 2 then return n end
  if self[n] then return self[n] end
  local v = self(n - 1) + self(n - 2)
  self[n] = v
  return v
end})
print(memo(50), memo(80))
local va = setmetatable({}, {__call = function(self, ...) return select("#", ...), ... end})
print(va(nil, nil, 3))
local t = {f = callable}
print(t.f("m"))
print(select(2, t:f("method")) == t, select(3, t:f("method")))
