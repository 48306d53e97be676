local co = coroutine.create(function(...)
  print("init", select("#", ...), ...)
  local a = {coroutine.yield()}
  print("got", #a, unpack(a))
  local b = {coroutine.yield(nil, nil)}
  print("got", #b)
  return unpack({1, nil, 3}, 1, 3)
end)
print(coroutine.resume(co, nil, "x", nil))
print(coroutine.resume(co, 1, 2, 3))
print(coroutine.resume(co))
print(select("#", coroutine.resume(co)))
local big = {}
for i = 1, 200 do big[i] = i end
local co2 = coroutine.wrap(function(...) return select("#", ...), coroutine.yield(...) end)
print(select("#", co2(unpack(big))))
print(co2("a", "b"))
