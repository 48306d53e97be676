local vals = {"string", 42, 3.5, true, false, {1}, print}
for i, v in ipairs(vals) do
  local ok, e = pcall(error, v)
  print(i, ok, type(e), e == v)
end
local ok, e = pcall(error)
print(ok, e)
local ok2, e2 = pcall(error, nil)
print(ok2, e2)
local co = coroutine.create(function() end)
local ok3, e3 = pcall(error, co)
print(ok3, type(e3), e3 == co)
local ok4, e4 = pcall(function() error("with level", 1) end)
print(ok4, e4)
local ok5, e5 = pcall(function() error(123, 1) end)
print(ok5, e5, type(e5))
local ok6, e6 = pcall(function() error("x", -1) end)
print(ok6, e6)
