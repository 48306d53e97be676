n = 0
for i = 1, 40 do
  for j = 1, 3 do n = n + 1 end
end
