local t = {}
for i = 1, 20000 do t[#t + 1] = "s" .. (i % 1000) end
local uniq = {}
for _, s in ipairs(t) do uniq[s] = true end
local n = 0
for _ in pairs(uniq) do n = n + 1 end
print(#t, n)
t = nil
uniq = nil
collectgarbage()
local concat = {}
for i = 1, 1000 do concat[i] = string.format("%04d", i) end
local big = table.concat(concat)
print(#big, big:sub(1, 8), big:sub(-8))
print(select(2, big:gsub("0", "")))
