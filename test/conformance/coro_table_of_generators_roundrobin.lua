local gens = {}
for i = 1, 4 do
  gens[i] = coroutine.wrap(function()
    for j = 1, i do coroutine.yield(i .. ":" .. j) end
    return nil
  end)
end
local out, alive = {}, 4
local done = {}
while alive > 0 do
  for i = 1, 4 do
    if not done[i] then
      local v = gens[i]()
      if v == nil then done[i] = true alive = alive - 1 else out[#out + 1] = v end
    end
  end
end
print(table.concat(out, " "))
print(#out)
