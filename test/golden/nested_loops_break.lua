local count = 0
for i = 1, 10 do
  for j = 1, 10 do
    if j > i then break end
    count = count + 1
  end
  while true do
    count = count + 1
    break
  end
  repeat
    if count > 100 then break end
    count = count + 1
  until true
end
print(count)
