-- caught: CALLM passed one argument too few (C = fixed args, not args + 1), so select('#', ...) and print(f()) lost values
local function two() return 1, 2 end
local function count(...) return select('#', ...) end
print(count(two()), count(0, two()), count(two(), two()))
local acc = 0
for i = 1, 100 do acc = acc + count(i, two()) end
print(acc, type(acc))
print(two())
