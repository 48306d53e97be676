local items = {"a", "abc", "abcdef", "", "\0x"}
for _, s in ipairs(items) do
  print(string.format("[%5s][%-5s][%.2s][%5.1s]", s, s, s, s))
end
print(string.format("%-10s|", "left"), string.format("%10s|", "right"))
print(string.format("%s", 12.5), string.format("%10s|", 12.5), string.format("%-8s|", true))
print(string.format("%3s|%3s", nil, false))
for w = 1, 6 do io.write(string.format("[%" .. w .. "s]", "abc")) end print()
for p = 0, 4 do io.write(string.format("[%." .. p .. "s]", "abc")) end print()
print(string.format("%-3s%-3s%-3s|", "a", "bb", "ccc"))
