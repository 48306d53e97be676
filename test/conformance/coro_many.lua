local cos = {}
for i = 1, 100 do
  cos[i] = coroutine.create(function(x)
    local s = x
    while true do
      local y = coroutine.yield(s)
      if y == nil then return s end
      s = s + y
    end
  end)
end
local total = 0
for i = 1, 100 do local _, v = coroutine.resume(cos[i], i); total = total + v end
print("first round", total)
for r = 1, 5 do for i = 1, 100 do coroutine.resume(cos[i], r) end end
total = 0
for i = 1, 100 do local ok, v = coroutine.resume(cos[i]); total = total + v end
print("final", total)
local dead = 0
for i = 1, 100 do if coroutine.status(cos[i]) == "dead" then dead = dead + 1 end end
print("dead", dead)
