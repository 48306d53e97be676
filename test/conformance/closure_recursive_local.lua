local function fact(n)
  if n <= 1 then return 1 end
  return n * fact(n - 1)
end
print(fact(5), fact(10), fact(20))
local fib
fib = function(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end
for i = 0, 15 do io.write(fib(i), ",") end
print()
local isodd
local function iseven(n)
  if n == 0 then return true end
  return isodd(n - 1)
end
function isodd(n)
  if n == 0 then return false end
  return iseven(n - 1)
end
print(iseven(10), iseven(7), isodd(7))
local f = function(self, n) return n end
print(f(nil, 3))
local Y = function(g)
  local function h(...) return g(h, ...) end
  return h
end
print(Y(function(self, n) if n == 0 then return 1 end return n * self(n - 1) end)(6))
