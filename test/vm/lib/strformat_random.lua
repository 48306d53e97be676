-- string.format: 2000 random specs (flags, width, precision, conversion) over random edge numbers
local seed = 987654
local function rnd(n) seed = (seed * 1103515245 + 12345) % 2147483648 return seed % n end
local flagsch = {"-", "+", " ", "#", "0"}
local convs = {"d","i","u","x","X","o","e","E","f","F","g","G","a","A","c","s","q"}
local out = {}
for i = 1, 2000 do
  local f = "%"
  for k = 1, rnd(3) do f = f .. flagsch[rnd(5)+1] end
  if rnd(2) == 1 then f = f .. rnd(40) end
  if rnd(2) == 1 then f = f .. "." .. rnd(30) end
  f = f .. convs[rnd(#convs)+1]
  local x
  local m = rnd(8)
  if m == 0 then x = rnd(1000000) - 500000
  elseif m == 1 then x = (rnd(2000000) - 1000000) / (rnd(1000) + 1)
  elseif m == 2 then x = (rnd(2000) - 1000) * 10 ^ (rnd(600) - 300)
  elseif m == 3 then x = rnd(100000) / 1000 + 0.0005
  elseif m == 4 then x = (rnd(200) - 100) + 0.5
  elseif m == 5 then x = (rnd(2000) - 1000) / 8
  elseif m == 6 then x = 2 ^ (rnd(2100) - 1075) * (rnd(2) * 2 - 1)
  else x = rnd(256) end
  local ok, r = pcall(string.format, f, x)
  out[#out+1] = f .. "=" .. (ok and r or "E:" .. r)
  if #out == 50 then print(table.concat(out, "|")) out = {} end
end
print(table.concat(out, "|"))
