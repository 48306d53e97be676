local function loop(n, acc)
  if n == 0 then return acc end
  return loop(n - 1, acc + n)
end
print(loop(100, 0))
print(loop(100000, 0))
local function a(n) if n == 0 then return "done a" end return b_fn(n - 1) end
function b_fn(n) if n == 0 then return "done b" end return a(n - 1) end
print(a(10001))
print(a(10000))
local function multi(n)
  if n == 0 then return 1, 2, 3 end
  return multi(n - 1)
end
print(multi(50000))
local obj = {n = 0}
function obj:step(k)
  if k == 0 then return self.n end
  self.n = self.n + 1
  return self:step(k - 1)
end
print(obj:step(30000))
local function vt(...)
  local n = select("#", ...)
  if n >= 5 then return ... end
  return vt(n, ...)
end
print(vt())
