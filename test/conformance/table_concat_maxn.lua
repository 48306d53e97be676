print(table.concat({}), table.concat({}, ","), table.concat({"a"}, ","))
print(table.concat({1, 2, 3}), table.concat({1, 2, 3}, ", "))
print(table.concat({1, 2, 3, 4, 5}, "-", 2, 4), table.concat({1, 2, 3}, "-", 3, 2))
print(table.concat({1.5, "x", 2 ^ 53}, "|"))
print(pcall(table.concat, {1, {}, 3}))
print(pcall(table.concat, {1, nil, 3}, ",", 1, 3))
print(pcall(table.concat, {true}))
print(table.maxn({}), table.maxn({1, 2, 3}), table.maxn({[10] = 1, [2] = 2}))
print(table.maxn({[1.5] = 1, [-3] = 2}), table.maxn({n = 5}))
local t = {}
t[100] = true
t[50] = true
print(table.maxn(t), #t == 0 or #t == 100)
print(pcall(table.maxn, nil))
local big = {}
for i = 1, 300 do big[i] = i % 10 end
print(#table.concat(big), table.concat(big, "", 295))
print(table.concat({"a", "b"}, "\0"):byte(1, -1))
