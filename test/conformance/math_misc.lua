print(math.huge, -math.huge, math.pi)
print(math.floor(2 ^ 31 + 0.5), math.floor(-2 ^ 31 - 0.5))
print(math.floor(2 ^ 53), math.ceil(2 ^ 60))
local acc = 0
for i = 1, 1000 do acc = acc + math.sqrt(i) end
print(string.format("%.6f", acc))
local function round(x) return math.floor(x + 0.5) end
print(round(2.5), round(-2.5), round(2.4999))
local function clamp(x, lo, hi) return math.max(lo, math.min(hi, x)) end
print(clamp(5, 0, 3), clamp(-5, 0, 3), clamp(2, 0, 3))
local function isint(x) return x == math.floor(x) end
print(isint(3), isint(3.5), isint(-0), isint(1 / 0))
local names = {}
for k in pairs(math) do names[#names + 1] = k end
table.sort(names)
print(#names >= 29, table.concat(names, " "):find("floor") ~= nil)
print(8 % 3.5, 2 ^ 0.5 * 2 ^ 0.5 == 2, math.abs(2 ^ 0.5 * 2 ^ 0.5 - 2) < 1e-15)
print(math.floor(-0.0) == 0, 7 % 1 == 0)
