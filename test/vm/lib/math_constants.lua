-- math.pi and math.huge
local function fmt(v) return string.format("%.17g", v) end
print(math.pi, fmt(math.pi), math.pi == 3.141592653589793, math.pi == 4 * math.atan(1))
print(math.huge, -math.huge, fmt(math.huge), math.huge == 1/0, math.huge > 1.7976931348623157e308, -math.huge == -1/0)
print(math.huge - math.huge ~= math.huge - math.huge, math.huge * 0 ~= math.huge * 0, 1 / math.huge, -1 / math.huge)
print(type(math.pi), type(math.huge), type(math.floor), type(math.deg), type(math.random))
local names = {}
for k in pairs(math) do names[#names + 1] = k end
table.sort(names)
print(#names, table.concat(names, " "))
local bnames = {}
for k, v in pairs(bit) do bnames[#bnames + 1] = k .. ":" .. type(v) end
table.sort(bnames)
print(#bnames, table.concat(bnames, " "))
