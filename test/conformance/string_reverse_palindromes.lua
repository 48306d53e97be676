local words = {"racecar", "level", "lua", "noon", "a", "", "ab", "abba", "Madam"}
for _, w in ipairs(words) do io.write(w, "=", tostring(w == w:reverse()), " ") end
print()
print(("Madam"):lower() == ("Madam"):lower():reverse())
local s = "A man, a plan, a canal: Panama"
local clean = s:lower():gsub("[^%a]", "")
print(clean, clean == clean:reverse())
print(("\0\1\2"):reverse():byte(1, -1))
print(#(("x"):rep(1000)):reverse())
local function longest_pal(str)
  local best = ""
  for i = 1, #str do for j = i, #str do local sub = str:sub(i, j) if #sub > #best and sub == sub:reverse() then best = sub end end end
  return best
end
print(longest_pal("forgeeksskeegfor"), longest_pal("abacdfgdcaba"))
