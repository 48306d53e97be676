-- concatenation with __concat in the middle of longer chains, numbers and strings around it
local mt = {}
mt.__concat = function(a, b)
  local sa = type(a) == "table" and "<" .. a.n .. ">" or tostring(a)
  local sb = type(b) == "table" and "<" .. b.n .. ">" or tostring(b)
  return sa .. "+" .. sb
end
local function o(n) return setmetatable({n = n}, mt) end
print("a" .. "b" .. o(1) .. "c" .. "d")
print(o(1) .. o(2) .. o(3))
print(1 .. 2 .. o(3) .. 4 .. 5)
print("x" .. o(1))
print(o(1) .. "x")
local r = o(7) .. 8
print(type(r), r)
local mixed = setmetatable({}, {__concat = function(a, b) return setmetatable({n = 0}, mt) end})
print(type("a" .. mixed .. "b"))
print(pcall(function() return "a" .. {} .. "b" end))
print(pcall(function() return {} .. "b" end))
print(pcall(function() return 1 .. nil end))
