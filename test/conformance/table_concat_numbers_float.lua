print(table.concat({1, 2.5, -3, 1e15, 1e16, 2 ^ 53, 0.1}, " "))
print(table.concat({1 / 3, 2 / 3}, ","))
print(table.concat({"a", 1, "b", 2}, ""))
local t = {}
for i = 1, 10 do t[i] = i / 4 end
print(table.concat(t, ";"))
print(table.concat({}, "x", 1, 0), table.concat({"only"}, "x", 1, 1))
print(table.concat({1, 2, 3}, 0), table.concat({1, 2, 3}, 1.5))
print(pcall(table.concat, {1, 2, 3}, ",", 0, 2))
print(pcall(table.concat, {1, 2, 3}, ",", 2, 4))
print(table.concat({[1] = "a", [2] = "b", [4] = "d"}, ",", 1, 2))
print(#table.concat({("x"):rep(100), ("y"):rep(100)}, ("-"):rep(10)))
