local data = {}
local x = 7
for i = 1, 500 do x = (x * 16807) % 2147483647; data[i] = x % 100 end
local bins = {}
for i = 1, 10 do bins[i] = 0 end
for _, v in ipairs(data) do local b = math.floor(v / 10) + 1; bins[b] = bins[b] + 1 end
local total = 0
for i, c in ipairs(bins) do
  total = total + c
  print(string.format("%2d-%2d %3d %s", (i - 1) * 10, i * 10 - 1, c, ("#"):rep(math.floor(c / 5))))
end
print("total", total)
local mean = 0
for _, v in ipairs(data) do mean = mean + v end
mean = mean / #data
local var = 0
for _, v in ipairs(data) do var = var + (v - mean) ^ 2 end
print(string.format("mean %.3f sd %.3f", mean, math.sqrt(var / #data)))
