local r = {}
for w in ("abc abc"):gmatch("^abc") do r[#r + 1] = w end
print(#r, r[1])
r = {}
for a in ("aaa"):gmatch("a*") do r[#r + 1] = "[" .. a .. "]" end
print(table.concat(r))
r = {}
for a in ("a1b22c333"):gmatch("%d+") do r[#r + 1] = a end
print(table.concat(r, ","))
r = {}
for k, v in ("a=1&b=&c=3"):gmatch("(%w+)=(%w*)") do r[#r + 1] = k .. ":" .. v end
print(table.concat(r, ","))
local it = ("xyz"):gmatch(".")
local first = it()
local rest = {}
for ch in it do rest[#rest + 1] = ch end
print(first, table.concat(rest))
local n = 0
for _ in string.gmatch(string.rep("ab", 500), "ab") do n = n + 1 end
print(n)
print(pcall(string.gmatch, nil, "x"))
