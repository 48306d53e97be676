local depth = 0
local function count(n)
  depth = depth + 1
  if n > 0 then return count(n - 1) end
  return depth
end
print(count(200000))
local function even(n) if n == 0 then return true end return odd(n - 1) end
function odd(n) if n == 0 then return false end return even(n - 1) end
print(even(100000), even(100001))
local function callf(f, ...) return f(...) end
print(callf(math.max, 3, 9, 4))
print(callf(string.rep, "ab", 3))
print(callf(callf, callf, tostring, 12))
local function ret_builtin(s) return tostring(s) end
print(ret_builtin(5), type(ret_builtin({})))
local t = setmetatable({}, {__call = function(self, x) if x > 0 then return self(x - 1) end return "called" end})
print(t(1000))
