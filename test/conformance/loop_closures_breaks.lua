local fs = {}
for i = 1, 10 do
  fs[#fs + 1] = function() return i end
  if i == 4 then break end
end
local r = {}
for _, f in ipairs(fs) do r[#r + 1] = f() end
print(table.concat(r, ","))
local gs = {}
for k, v in ipairs({"a", "b", "c"}) do
  gs[k] = function() return k .. v end
  if v == "b" then break end
end
print(#gs, gs[1](), gs[2]())
local hs = {}
local n = 0
while true do
  n = n + 1
  local m = n
  hs[n] = function() return m end
  if n == 3 then break end
end
print(hs[1](), hs[2](), hs[3]())
