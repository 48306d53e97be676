n = 0
local i = 0
while i < 30 do
  i = i + 1
  n = n + 1
  for j = 1, 5 do n = n + 1 end
end
