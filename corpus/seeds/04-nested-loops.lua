-- Nested loops: inner loop gets hot first, outer loop traces around it.
local t = 0
for i = 1, 60 do
  for j = 1, 80 do t = t + (i * j) % 7 end
end
print(t)
