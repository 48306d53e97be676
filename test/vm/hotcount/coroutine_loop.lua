n = 0
local co = coroutine.wrap(function() for i = 1, 400 do n = n + 1; coroutine.yield(i) end end)
for i = 1, 400 do co() end
