local function counter()
  local n = 0
  local function inc() n = n + 1; return n end
  local function get() return n end
  local function reset() n = 0 end
  return inc, get, reset
end
local inc, get, reset = counter()
print(inc(), inc(), inc())
print("get", get())
reset()
print("after reset", get(), inc())
local inc2, get2 = counter()
print("independent", inc2(), get(), get2())
local x = 1
local function addx(v) return v + x end
print(addx(10))
x = 100
print(addx(10))
local function outer()
  local a = "a"
  local function mid()
    local b = "b"
    local function inner()
      a = a .. "!"
      return a .. b
    end
    return inner
  end
  return mid(), function() return a end
end
local inner, geta = outer()
print(inner(), inner(), geta())
