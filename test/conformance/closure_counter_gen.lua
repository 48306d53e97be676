local function make(start, step)
  local v = start
  return function()
    local old = v
    v = v + step
    return old
  end
end
local a = make(1, 1)
local b = make(10, -2.5)
for i = 1, 4 do
  print(i, a(), b())
end
local function compose(f, g) return function(...) return f(g(...)) end end
local double = function(x) return x * 2 end
local inc = function(x) return x + 1 end
print(compose(double, inc)(5), compose(inc, double)(5))
local function curry(f, x) return function(y) return f(x, y) end end
local add = function(x, y) return x + y end
print(curry(add, 3)(4))
local memo = {}
local function memoize(f)
  return function(x)
    if memo[x] == nil then memo[x] = f(x) end
    return memo[x]
  end
end
local calls = 0
local sq = memoize(function(x) calls = calls + 1; return x * x end)
print(sq(4), sq(4), sq(5), "calls", calls)
