local words = {"banana", "Apple", "cherry", "apple", "Banana", "", "a", "ab", "b", "10", "9", "_x"}
table.sort(words)
print(table.concat(words, " "))
print("a" < "b", "a" < "B", "Z" < "a", "abc" < "abcd", "abd" > "abcd")
print("\0" < "\1", "" < "\0", "a\0" < "a\1")
print(("x"):rep(3) == "xxx", "abc" == "ab" .. "c")
local function cmp(a, b) if a < b then return -1 elseif a > b then return 1 else return 0 end end
print(cmp("a", "b"), cmp("b", "a"), cmp("q", "q"), cmp("\255", "\127"))
local s = {}
for i = 1, 20 do s[i] = tostring(i) end
table.sort(s)
print(table.concat(s, ","))
table.sort(s, function(a, b) return tonumber(a) > tonumber(b) end)
print(table.concat(s, ","))
