local s = 0
for i = 1, 10 do s = s + i end
for i = 10, 1, -1 do s = s - i end
for i = 1, 3, 0.5 do s = s + i end
local n = 5
for j = n, n * 2, n - 3 do s = s + j end
for k = 1, 3 do
  for l = k, 3 do
    s = s + k * l
  end
end
print(s)
