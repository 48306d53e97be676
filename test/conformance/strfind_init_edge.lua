local s = "abcabc"
for init = -8, 8 do io.write(tostring((s:find("b", init))), " ") end print()
for init = -8, 8 do io.write(tostring((s:find("", init))), " ") end print()
for init = -3, 8 do io.write(tostring((s:find("c", init, true))), " ") end print()
print(s:find("abc", 4), s:find("abc", 5), s:find("^abc", 4))
print(s:match("b", 3), s:match("^b", 2), s:match("(b)(c)", -2))
print(("x"):find("x", 2), (""):find("", 2), (""):find("", 0))
print(("aaa"):find("", -1), ("aaa"):match("()", 10))
local count, pos = 0, 1
while true do
  local a, b = s:find("bc", pos, true)
  if not a then break end
  count, pos = count + 1, b + 1
end
print("occurrences", count)
