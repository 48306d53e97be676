local all = {}
for i = 0, 127 do all[#all + 1] = string.char(i) end
local s = table.concat(all)
for _, cls in ipairs({"%a", "%d", "%l", "%s", "%u", "%w", "%x", "%p", "%c", "%A", "%D", "%S", "%W"}) do
  local n = select(2, s:gsub(cls, ""))
  print(cls, n)
end
print(select(2, s:gsub("[%a%d]", "")), select(2, s:gsub("[^%a%d]", "")))
print(select(2, s:gsub("[a-f]", "")), select(2, s:gsub("[%-a]", "")), select(2, s:gsub("[]]", "")))
print(select(2, s:gsub("[^]]", "")), select(2, s:gsub("[a-]", "")))
print(("x^y"):find("[%^]"), ("x^y"):find("[x^]", 2), ("a-b"):find("[a%-z]", 2))
print(select(2, s:gsub("%z", "")))
