local function range(a, b, step)
  step = step or 1
  return function(_, last)
    local nxt = last + step
    if (step > 0 and nxt > b) or (step < 0 and nxt < b) then return nil end
    return nxt
  end, nil, a - step
end
for i in range(1, 5) do io.write(i, " ") end print()
for i in range(10, 0, -3) do io.write(i, " ") end print()
for i in range(0, 1, 0.25) do io.write(i, " ") end print()
local function enumerate(t)
  local i = 0
  return function() i = i + 1; if t[i] ~= nil then return i, t[i] end end
end
for i, v in enumerate({"a", "b", "c"}) do io.write(i, v, " ") end print()
local function zip(a, b)
  local i = 0
  return function() i = i + 1; if a[i] and b[i] then return a[i], b[i] end end
end
for x, y in zip({1, 2, 3}, {"x", "y"}) do io.write(x, y, " ") end print()
local function take(n, it, s, c)
  return function()
    if n <= 0 then return nil end
    n = n - 1
    c = it(s, c)
    return c
  end
end
for v in take(3, range(100, 200)) do io.write(v, " ") end print()
local function chain(...)
  local lists, li, i = {...}, 1, 0
  return function()
    while lists[li] do
      i = i + 1
      if lists[li][i] ~= nil then return lists[li][i] end
      li, i = li + 1, 0
    end
  end
end
for v in chain({1, 2}, {}, {3}, {4, 5}) do io.write(v, " ") end print()
