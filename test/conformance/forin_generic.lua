local t = {10, 20, 30, nil, 50}
for i, v in ipairs(t) do io.write(i, "=", v, " ") end print()
local keys = {}
for k in pairs({a = 1, b = 2, c = 3, 1, 2}) do keys[#keys + 1] = tostring(k) end
table.sort(keys)
print(table.concat(keys, ","))
local function range(n)
  local i = 0
  return function() i = i + 1; if i <= n then return i end end
end
for i in range(4) do io.write(i, " ") end print()
local function iter(s, c)
  if c < s then return c + 1, (c + 1) * (c + 1) end
end
for i, sq in iter, 5, 0 do io.write(i, ":", sq, " ") end print()
local function chars(s)
  return function(str, i)
    i = i + 1
    if i <= #str then return i, str:sub(i, i) end
  end, s, 0
end
for i, ch in chars("hello") do io.write(ch, i, " ") end print()
for k, v in next, {x = 1} do print(k, v) end
local sum = 0
for _, v in pairs({5, 6, 7, x = 8}) do sum = sum + v end
print("sum", sum)
for a, b, c, d in function(s, i) if i < 2 then return i + 1, "b", "c", nil end end, nil, 0 do
  print(a, b, c, d)
end
