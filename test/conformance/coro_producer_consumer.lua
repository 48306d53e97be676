local function producer(items)
  return coroutine.create(function()
    for _, it in ipairs(items) do coroutine.yield(it) end
    return nil
  end)
end
local function filter(src, pred)
  return coroutine.create(function()
    while true do
      local ok, v = coroutine.resume(src)
      if not v then return nil end
      if pred(v) then coroutine.yield(v) end
    end
  end)
end
local function consume(src)
  local out = {}
  while true do
    local ok, v = coroutine.resume(src)
    if not v then break end
    out[#out + 1] = v
  end
  return out
end
local p = producer({1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
local evens = filter(p, function(x) return x % 2 == 0 end)
print(table.concat(consume(evens), " "))
local words = producer({"apple", "bob", "kayak", "lua", "noon"})
local pals = filter(words, function(w) return w == w:reverse() end)
print(table.concat(consume(pals), " "))
