-- caught: the specialised pairs() loop (ISNEXT/ITERN) let ITERL overwrite the traversal index and looped forever
local rec = {a = 1, b = 2}
local n = 0
for k, v in pairs(rec) do n = n + v end
local arr = {}
for i = 1, 200 do arr[i] = i end
local s = 0
for k, v in pairs(arr) do s = s + k * v end
print(n, s)
