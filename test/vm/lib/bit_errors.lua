-- Argument errors of every bit function, called directly (named) and through pcall ('?')
local names = {"tobit", "bnot", "bswap", "band", "bor", "bxor", "lshift", "rshift", "arshift", "rol", "ror", "tohex"}
local bad = {{}, {nil}, {true}, {"x"}, {{}}, {1, "y"}, {1, nil}, {nil, 1}, {1, 2, false}, {print}, {"1", "2", "3", "4", "z"}}
for _, name in ipairs(names) do
  local f = bit[name]
  for j, args in ipairs(bad) do
    local n = select('#', unpack(args))
    if j == 2 or j == 7 then n = 2 end -- keep trailing nils
    if j == 2 then n = 1 end
    print(name, j, pcall(f, unpack(args, 1, n)))
  end
  print(name, pcall(function() return bit[name]({}) end))
  print(name, pcall(function() local g = bit[name]; return g(1, {}, 1) end))
end
-- method-style calls name the method
local obj = {band = bit.band, tohex = bit.tohex}
print(pcall(function() return obj:band() end))
print(pcall(function() local r = obj:band(); return r end))
print(pcall(function() local r = obj:tohex(); return r end))
print(pcall(function() local r = obj.band(obj); return r end))
print(pcall(function() local r = obj.tohex(1, obj); return r end))
print(pcall(function() local r = bit.rol(1, "x"); return r end))
print(pcall(function() local r = bit.tobit(); return r end))
print(pcall(function() local band = bit.band; local r = band(1, 2, {}); return r end))
-- an error inside a function called from a loop
local ok, err = pcall(function()
  local acc = 0
  for i = 1, 10 do acc = bit.bxor(acc, i == 7 and "bad" or i) end
  return acc
end)
print(ok, err)
print(select('#', bit.band(1, 2)), select('#', bit.tohex(1)))
