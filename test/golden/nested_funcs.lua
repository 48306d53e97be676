local function outer(a)
  local function mid(b)
    local function inner(c)
      return a + b + c
    end
    return inner
  end
  return mid
end
print(outer(1)(2)(3))
local f = function(x) return function(y) return function(z) return x * y * z end end end
print(f(2)(3)(4))
