local function bind(f, ...)
  local bound = {...}
  local n = select("#", ...)
  return function(...)
    local args = {}
    for i = 1, n do args[i] = bound[i] end
    local m = select("#", ...)
    for i = 1, m do args[n + i] = select(i, ...) end
    return f(unpack(args, 1, n + m))
  end
end
local add3 = function(a, b, c) return a + b + c end
print(bind(add3, 1)(2, 3), bind(add3, 1, 2)(3), bind(add3, 1, 2, 3)())
local fmt = bind(string.format, "%s|%s|%s")
print(fmt("a", "b", "c"))
local cnt = bind(select, "#")
print(cnt(), cnt(nil), cnt(1, 2, nil))
local function compose(...)
  local fs = {...}
  return function(...) local r = {...} for i = #fs, 1, -1 do r = {fs[i](unpack(r))} end return unpack(r) end
end
print(compose(function(x) return x + 1 end, function(x) return x * 2 end)(5))
