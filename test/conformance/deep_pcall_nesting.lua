local function nest(n) if n == 0 then return "bottom" end return select(2, pcall(nest, n - 1)) end
print(nest(100))
print(nest(150))
local function err_at(n) if n == 0 then error("deep error", 0) end local ok, e = pcall(err_at, n - 1) error(e, 0) end
print(pcall(err_at, 50))
local depth = 0
local function meta_depth(n)
  depth = depth + 1
  if n == 0 then return 0 end
  local t = setmetatable({}, {__index = function() return meta_depth(n - 1) end})
  return t.x + 1
end
print(meta_depth(60), depth)
local function co_nest(n)
  if n == 0 then return "co-bottom" end
  return coroutine.wrap(function() return co_nest(n - 1) end)()
end
print(co_nest(50))
