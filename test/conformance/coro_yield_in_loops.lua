local co = coroutine.wrap(function()
  for i = 1, 3 do
    for j = 1, 2 do coroutine.yield(i * 10 + j) end
  end
  local k = 0
  while k < 2 do k = k + 1; coroutine.yield("w" .. k) end
  repeat k = k - 1; coroutine.yield("r" .. k) until k == 0
  for key, v in pairs({only = 1}) do coroutine.yield(key .. v) end
  return "end"
end)
local out = {}
for i = 1, 12 do out[i] = tostring(co()) end
print(pcall(co))
print(table.concat(out, " "))
local sum = coroutine.wrap(function(...)
  local total = 0
  for _, v in ipairs({...}) do total = total + v; coroutine.yield(total) end
  return -total
end)
print(sum(1, 2, 3), sum(), sum(), sum())
