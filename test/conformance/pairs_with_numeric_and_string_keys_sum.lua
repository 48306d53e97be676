local t = {}
for i = 1, 100 do t[i] = i end
for i = 1, 100 do t["s" .. i] = i end
for i = 1, 100 do t[i + 0.5] = -i end
local nsum, ssum, fsum, count = 0, 0, 0, 0
for k, v in pairs(t) do
  count = count + 1
  if type(k) == "string" then ssum = ssum + v
  elseif k == math.floor(k) then nsum = nsum + v
  else fsum = fsum + v end
end
print(count, nsum, ssum, fsum)
for i = 1, 100, 2 do t[i] = nil; t["s" .. i] = nil end
count = 0
for _ in pairs(t) do count = count + 1 end
print(count)
