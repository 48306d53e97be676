local fs = {}
for i = 1, 10 do
  local v = i * 2
  fs[i] = function() return v end
  if i == 3 then break end
end
while true do
  local w = 1
  fs.w = function() return w end
  if w then break end
end
print(#fs)
