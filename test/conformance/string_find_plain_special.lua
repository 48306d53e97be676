local specials = {".", "%", "+", "-", "*", "?", "[", "]", "^", "$", "(", ")"}
local s = "a.b%c+d-e*f?g[h]i^j$k(l)m"
for _, c in ipairs(specials) do io.write(c, "@", tostring(s:find(c, 1, true)), " ") end
print()
print(s:find("%%"), s:find("%+"), s:find("%-"), s:find("%*"), s:find("%?"))
print(s:find("%["), s:find("%]"), s:find("%^"), s:find("%$"), s:find("%("), s:find("%)"))
print(s:find("[.]"), s:find("[%]]"), s:find("[$]"), s:find("[(]"))
print(("a+b"):find("a+b"), ("aab"):find("a+b"), ("a+b"):find("a+b", 1, true))
local hits = 0
for _, c in ipairs(specials) do
  local pat = "%" .. c
  if c:match("%p") and s:find(pat) == s:find(c, 1, true) then hits = hits + 1 end
end
print("escaped finds agree", hits)
