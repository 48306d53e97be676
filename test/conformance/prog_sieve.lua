local function sieve(n)
  local is = {}
  for i = 2, n do is[i] = true end
  for i = 2, math.floor(math.sqrt(n)) do
    if is[i] then for j = i * i, n, i do is[j] = false end end
  end
  local out = {}
  for i = 2, n do if is[i] then out[#out + 1] = i end end
  return out
end
local p = sieve(100)
print(#p, table.concat(p, " "))
local big = sieve(20000)
print(#big, big[#big])
local sum = 0
for _, v in ipairs(big) do sum = sum + v end
print("sum", sum)
local twins = 0
for i = 2, #big do if big[i] - big[i - 1] == 2 then twins = twins + 1 end end
print("twin pairs", twins)
