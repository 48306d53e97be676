local V = {}
V.__index = V
local function vec(x, y) return setmetatable({x = x, y = y}, V) end
V.__add = function(a, b) return vec(a.x + b.x, a.y + b.y) end
V.__sub = function(a, b) return vec(a.x - b.x, a.y - b.y) end
V.__mul = function(a, b)
  if type(a) == "number" then return vec(a * b.x, a * b.y) end
  if type(b) == "number" then return vec(a.x * b, a.y * b) end
  return a.x * b.x + a.y * b.y
end
V.__div = function(a, b) return vec(a.x / b, a.y / b) end
V.__mod = function(a, b) return vec(a.x % b, a.y % b) end
V.__pow = function(a, b) return vec(a.x ^ b, a.y ^ b) end
V.__unm = function(a) return vec(-a.x, -a.y) end
V.__tostring = function(a) return "(" .. a.x .. "," .. a.y .. ")" end
local a, b = vec(1, 2), vec(3, 4)
print(tostring(a + b), tostring(a - b), a * b)
print(tostring(a * 3), tostring(2 * b), tostring(b / 2))
print(tostring(vec(7, -7) % 3), tostring(a ^ 2), tostring(-a))
local lhs = setmetatable({}, {__add = function(x, y) return "lhs" end})
local rhs = setmetatable({}, {__add = function(x, y) return "rhs" end})
print(lhs + rhs, rhs + lhs, lhs + 1, 1 + rhs)
print(pcall(function() return vec(1, 1) + 1 end))
local s = setmetatable({}, {__add = function(x, y) return type(x) .. "+" .. type(y) end})
print(s + "str", "str" + s, s + s)
local n = setmetatable({}, {__unm = function(x) return "neg" end})
print(-n)
