-- A branch inside a hot loop that flips after 100 iterations (side exit, then side trace).
local a, b = 0, 0
for i = 1, 400 do
  if i > 100 then a = a + i else b = b - i end
end
print(a, b)
