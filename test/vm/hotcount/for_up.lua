n = 0
for i = 1, 300 do n = n + 1 end
