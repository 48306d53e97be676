local t = {}
t[1] = "int"
t[1.5] = "float"
t[-1] = "neg"
t[0] = "zero"
t[2 ^ 53] = "big"
print(t[1], t[1.5], t[-1], t[0], t[2 ^ 53], t[2 ^ 53 + 1])
t[-0.0] = "negzero"
print(t[0])
print(pcall(function() t[nil] = 1 end))
print(pcall(function() t[0 / 0] = 1 end))
print(t[nil], t[0 / 0])
local s = {}
for i = 1, 10 do s[i * 0.5] = i end
local cnt = 0
for k, v in pairs(s) do cnt = cnt + 1 end
print("half keys", cnt, s[1], s[2.5], s[5])
local a = {}
a["10"] = "str"
a[10] = "num"
print(a["10"], a[10])
local b = {}
b[1e100] = "huge"
b[-1e100] = "-huge"
b[1 / 0] = "inf"
print(b[1e100], b[-1e100], b[1 / 0])
local sum = 0
for k, v in pairs({[1] = 1, [2] = 2, [3.0] = 3}) do sum = sum + k end
print("sum keys", sum)
