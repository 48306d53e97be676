-- caught: ipairs' shared iterator function was not a GC root; after a collection with no ipairs loop running, the next ipairs() handed out a freed function (crash-76afded3, generator seed 12)
local t = {1, 2, 3}
local s = 0
for round = 1, 3 do
  for i, v in ipairs(t) do s = s + v * round end
  collectgarbage()
  local junk = {}
  for i = 1, 200 do junk[i] = function() return i end end
end
print(s)
