local log = {}
local inner = coroutine.create(function()
  log[#log + 1] = "inner 1"
  coroutine.yield("i1")
  log[#log + 1] = "inner 2"
  return "i-done"
end)
local outer = coroutine.create(function()
  log[#log + 1] = "outer 1"
  local _, a = coroutine.resume(inner)
  coroutine.yield("o1:" .. a)
  local _, b = coroutine.resume(inner)
  log[#log + 1] = "outer 2"
  return "o-done:" .. b
end)
print(coroutine.resume(outer))
print(coroutine.status(inner), coroutine.status(outer))
print(coroutine.resume(outer))
print(coroutine.status(inner), coroutine.status(outer))
print(table.concat(log, ", "))
local depth = 0
local function nest(n)
  if n == 0 then return coroutine.yield("bottom") end
  local co = coroutine.create(nest)
  local ok, v = coroutine.resume(co, n - 1)
  depth = depth + 1
  return v
end
print(coroutine.resume(coroutine.create(nest), 20), depth)
