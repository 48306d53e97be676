local co = coroutine.create(function()
  local ok, v = pcall(function()
    local x = coroutine.yield("from inside pcall")
    if x == "boom" then error("exploded", 0) end
    return x
  end)
  coroutine.yield("pcall returned " .. tostring(ok) .. " " .. tostring(v))
  local ok2, v2 = pcall(function()
    local y = coroutine.yield("second pcall")
    error("err " .. y, 0)
  end)
  return "final " .. tostring(ok2) .. " " .. tostring(v2)
end)
print(coroutine.resume(co))
print(coroutine.resume(co, "value"))
print(coroutine.resume(co))
print(coroutine.resume(co, "Y"))
print(coroutine.status(co))
local co2 = coroutine.wrap(function()
  return xpcall(function() coroutine.yield("in xpcall"); error("xp", 0) end, function(m) return "handled " .. m end)
end)
print(co2())
print(co2())
local co3 = coroutine.create(function()
  for i = 1, 3 do pcall(coroutine.yield, i) end
  return "end"
end)
for _ = 1, 4 do print(coroutine.resume(co3)) end
