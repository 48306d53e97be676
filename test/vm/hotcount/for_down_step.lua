n = 0
for i = 1000, 1, -3 do n = n + 1 end
