local fs = {}
for i = 1, 2000 do
  local a, b = i, i * 2
  fs[i % 50 + 1] = function() return a + b end
end
local s = 0
for i = 1, 50 do s = s + fs[i]() end
print(s)
collectgarbage()
local function mk(n) local t = {} for i = 1, n do t[i] = function() return i end end return t end
local total = 0
for r = 1, 20 do local t = mk(100); total = total + t[100]() + t[1]() end
print(total)
local co_sum = 0
for i = 1, 200 do
  local co = coroutine.wrap(function(x) coroutine.yield(x + 1) end)
  co_sum = co_sum + co(i)
end
print(co_sum)
collectgarbage("collect")
print("ok")
