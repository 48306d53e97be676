local function f(a, a2, b)
  local a = a or "default-a"
  do local b = "inner b" a2 = a2 .. "!" end
  return a, a2, b
end
print(f(nil, "x", "outer b"))
print(f(1, "y"))
local x = "global-ish"
local function g(x) x = x .. "?" return x end
print(g("param"), x)
local function h(...) local x = ... return x end
print(h(1, 2), h())
local a = 1
local function nest() local a = a + 1 return function() local a = a + 1 return a end end
print(nest()(), a)
