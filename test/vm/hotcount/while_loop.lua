n = 0
local i = 0
while i < 500 do
  i = i + 1
  n = n + 1
end
