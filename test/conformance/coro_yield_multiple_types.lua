local co = coroutine.wrap(function()
  coroutine.yield(nil)
  coroutine.yield(false)
  coroutine.yield(0)
  coroutine.yield("")
  coroutine.yield({1, 2})
  coroutine.yield(print)
  coroutine.yield(1, 2, 3)
  coroutine.yield()
  return "last"
end)
local function pack(...) return {n = select("#", ...), ...} end
for i = 1, 9 do
  local r = pack(co())
  local parts = {}
  for j = 1, r.n do parts[j] = type(r[j]) end
  print(i, r.n, table.concat(parts, ","))
end
