local s = ""
for i = 1, 2000 do s = s .. string.char(65 + i % 26) end
print(#s, s:sub(1, 26), s:sub(-5))
local pieces = {}
for i = 1, 3000 do pieces[#pieces + 1] = tostring(i * 1.5) end
local joined = table.concat(pieces, ";")
print(#joined, joined:sub(1, 20))
local count = 0
for _ in joined:gmatch(";") do count = count + 1 end
print("separators", count)
local up = joined:upper():lower():reverse():reverse()
print(up == joined)
local interned = {}
for i = 1, 1000 do interned["key" .. (i % 37)] = i end
local keys = 0
for _ in pairs(interned) do keys = keys + 1 end
print("distinct keys", keys)
collectgarbage()
print(#s + #joined)
