-- Number edge values through a hot loop: -0, 2^31+-1, 2^53+-1, huge, NaN, fractions.
local vals = { 0, -1 / math.huge, 2^31 - 1, 2^31 + 1, 2^53 - 1, 2^53 + 1, math.huge, -math.huge, 0.5, -1.25 }
local s = 0
for i = 1, 300 do
  local v = vals[i % #vals + 1]
  s = s + (v == v and 1 or 0) + (v > 0 and 1 or 0)
end
print(s, 1 / (-1 / math.huge), 2^53 + 1, math.floor(-0.5), (0/0) ~= (0/0))
