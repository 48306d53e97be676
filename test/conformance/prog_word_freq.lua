local text = [[the cat sat on the mat the dog sat on the log
a cat and a dog and the end]]
local freq = {}
for w in text:gmatch("%a+") do freq[w] = (freq[w] or 0) + 1 end
local words = {}
for w in pairs(freq) do words[#words + 1] = w end
table.sort(words, function(a, b) if freq[a] ~= freq[b] then return freq[a] > freq[b] end return a < b end)
for i = 1, 6 do print(words[i], freq[words[i]]) end
print("distinct", #words)
local letters = {}
for ch in text:gmatch("%a") do letters[ch] = (letters[ch] or 0) + 1 end
local ls = {}
for k, v in pairs(letters) do ls[#ls + 1] = k .. v end
table.sort(ls)
print(table.concat(ls, " "))
local lines = 0
for _ in text:gmatch("[^\n]+") do lines = lines + 1 end
print("lines", lines)
