local s = "abcdefghij"
local tests = {{1, 3}, {-3, -1}, {-3}, {3, -3}, {0, 2}, {-100, 2}, {8, 100}, {5, 4}, {11}, {10}, {-10, -10}, {2, 0}}
for _, a in ipairs(tests) do
  print(a[1], a[2], "[" .. s:sub(a[1], a[2]) .. "]")
end
print(s:sub(3.9, 5.1))
print(("x"):sub(1, 1), (""):sub(1, 1), (""):sub(0, 0))
print(pcall(string.sub, s, "a"))
print(pcall(string.sub, s, {}))
local out = {}
for i = -12, 12 do out[#out + 1] = s:sub(i, i) == "" and "." or s:sub(i, i) end
print(table.concat(out))
for i = 1, #s do io.write(s:sub(i), " ") end print()
for i = 1, #s do io.write(s:sub(-i), " ") end print()
print(s:sub(1e6), s:sub(-1e6, 2), s:sub(1, 1e6))
