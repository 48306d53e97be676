n = 0
local fs = {}
for i = 1, 200 do
  n = n + 1
  fs[i] = function() return i end
end
