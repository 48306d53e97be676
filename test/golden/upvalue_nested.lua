local a = 1
local function f()
  local b = 2
  local function g()
    local c = 3
    return function() a = a + b + c; return a end
  end
  return g()
end
print(f()())
local s = "str"
local function k() s = "x"; s = 1; s = true; s = nil; s = a end
k()
