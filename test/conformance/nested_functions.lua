local function outer(a)
  local function middle(b)
    local function inner(c)
      return a + b + c
    end
    return inner
  end
  return middle
end
print(outer(1)(2)(3))
local t = {
  f = function(x) return x * 2 end,
  g = {h = function(x) return x .. "!" end},
}
print(t.f(21), t.g.h("hi"))
local obj = {v = 5}
function obj.plain(x) return x end
function obj:method(x) return self.v + x end
print(obj.plain(1), obj:method(1), obj.method(obj, 2))
local a = {b = {c = {}}}
function a.b.c.d(x) return "deep " .. x end
function a.b.c:e(x) return self == a.b.c, x end
print(a.b.c.d("call"), a.b.c:e("m"))
local function apply(f, ...) return f(...) end
print(apply(function(...) return select("#", ...) end, 1, 2, 3))
print((function(x, y) return x - y end)(10, 3))
local function returns_fn() return function() return function() return "three levels" end end end
print(returns_fn()()())
