print(coroutine.running())
local co = coroutine.create(function()
  local c = coroutine.running()
  print(type(c), coroutine.status(c))
  return c
end)
local ok, c = coroutine.resume(co)
print(ok, c == co, coroutine.status(co))
print(coroutine.isyieldable == nil or coroutine.isyieldable())
local co2 = coroutine.wrap(function() return coroutine.isyieldable == nil or coroutine.isyieldable() end)
print(co2())
local thread_count = 0
for i = 1, 10 do
  local t = coroutine.create(function() coroutine.yield() end)
  coroutine.resume(t)
  if coroutine.status(t) == "suspended" then thread_count = thread_count + 1 end
end
print("suspended threads", thread_count)
print(tostring(co):match("^thread: ") ~= nil)
