-- math.randomseed: every seed value (fractions, negatives, huge, NaN, inf, strings) gives a fixed sequence
local function fmt(v) return string.format("%.17g", v) end
local seeds = {0, -0, 1, -1, 0.5, 42, 123456789, 2^31, -2^31, 2^52, 2^53 + 2, 1e300, -1e300, 5e-324, 1/0, -1/0, 0/0, "17", " 0x10 "}
for i, s in ipairs(seeds) do
  math.randomseed(s)
  local a, b, c = math.random(), math.random(100), math.random(-10, 10)
  print(i, tostring(s), fmt(a), b, c)
end
-- the same seed twice gives the same sequence
math.randomseed(99); local x1, x2 = math.random(), math.random()
math.randomseed(99); local y1, y2 = math.random(), math.random()
print(x1 == y1, x2 == y2, select('#', math.randomseed(1)))
print(math.randomseed(3, "ignored"))
print(pcall(math.randomseed))
print(pcall(math.randomseed, nil))
print(pcall(math.randomseed, "x"))
print(pcall(math.randomseed, {}))
print(pcall(function() math.randomseed(true) end))
