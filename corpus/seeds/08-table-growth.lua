-- An array grows inside a hot loop, then a record gains new string keys (shape change).
local arr, rec = {}, { a = 1 }
for i = 1, 300 do
  arr[#arr + 1] = i * 3
  rec["k" .. (i % 5)] = i
end
local c = 0
for _ in pairs(rec) do c = c + 1 end
print(#arr, arr[150], rec.k0, rec.k4, c, table.concat(arr, ",", 1, 5))
