local mt = {}
mt.__concat = function(a, b)
  local function s(v) return type(v) == "table" and ("T" .. v.id) or tostring(v) end
  return s(a) .. "&" .. s(b)
end
mt.__len = function(a) return a.id * 10 end
mt.__unm = function(a) return setmetatable({id = -a.id}, mt) end
local x = setmetatable({id = 1}, mt)
local y = setmetatable({id = 2}, mt)
print(x .. y, x .. "s", "s" .. y, 1 .. x, x .. 2.5)
print("a" .. x .. "b")
print((-x).id, (-(-y)).id)
print("len", #x, #y)
local n = setmetatable({}, {__concat = function(a, b) return 7 end})
print(n .. n, type(n .. "z"))
print(pcall(function() return x .. true end))
print(pcall(function() return true .. x end))
local ud = newproxy and newproxy(true)
if ud then
  getmetatable(ud).__len = function() return 5 end
  print("userdata len", #ud)
else
  print("userdata len", 5)
end
