local pairs_ = {{"a", "b"}, {"a", "a"}, {"b", "a"}, {"", ""}, {"", "x"}, {"abc", "abd"}, {"ab", "a"}, {"A", "a"}, {"\0", ""}, {"\255", "\0"}, {"10", "2"}}
for _, p in ipairs(pairs_) do
  local a, b = p[1], p[2]
  print(#a, #b, a < b, a <= b, a > b, a >= b, a == b)
end
local sorted = {}
for _, p in ipairs(pairs_) do sorted[#sorted + 1] = p[1] end
table.sort(sorted)
local shown = {}
for i, s in ipairs(sorted) do shown[i] = string.format("%q", s) end
print(table.concat(shown, " "))
