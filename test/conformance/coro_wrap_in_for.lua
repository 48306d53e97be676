local function chars(s)
  return coroutine.wrap(function() for i = 1, #s do coroutine.yield(i, s:sub(i, i)) end end)
end
for i, c in chars("lua!") do io.write(i, c, " ") end print()
local function evens(limit)
  return coroutine.wrap(function() for i = 0, limit, 2 do coroutine.yield(i) end end)
end
local s = 0
for v in evens(100) do s = s + v end
print("sum evens", s)
local function kv(t)
  return coroutine.wrap(function()
    local keys = {}
    for k in pairs(t) do keys[#keys + 1] = k end
    table.sort(keys)
    for _, k in ipairs(keys) do coroutine.yield(k, t[k]) end
  end)
end
for k, v in kv({z = 1, a = 2, m = 3}) do io.write(k, "=", v, " ") end print()
