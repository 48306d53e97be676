-- Hot numeric for loop with an integer accumulator that crosses 2^31.
local s = 0
for i = 1, 300 do s = s + i * 14316557 end
print(s)
