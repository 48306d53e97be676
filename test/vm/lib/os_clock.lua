-- os.clock: processor time in seconds, never negative, not going backwards.
local c0 = os.clock()
print(type(c0), c0 >= 0, c0 == c0)
local x = 0
for i = 1, 200000 do x = x + i % 7 end
local c1 = os.clock()
print(c1 >= c0, x, type(os.clock("ignored")))
print(math.floor(c1) == math.floor(c1), c1 < 1e7)
