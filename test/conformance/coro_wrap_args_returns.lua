local w = coroutine.wrap(function(a, b, c)
  print("args", a, b, c)
  local x, y = coroutine.yield(a + b + c, "two")
  print("resumed with", x, y)
  local z = coroutine.yield()
  print("then", z)
  return 1, 2, 3
end)
print(w(1, 2, 3))
print(select("#", w("x", nil)))
print(w(nil))
print(pcall(w))
local acc = coroutine.wrap(function(first)
  local sum = first
  while true do sum = sum + coroutine.yield(sum) end
end)
print(acc(1), acc(2), acc(3), acc(4.5))
local gen = coroutine.wrap(function() for i = 1, 3 do coroutine.yield(i, i * i, i * i * i) end end)
for i = 1, 3 do print(gen()) end
