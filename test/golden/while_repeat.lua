local i = 0
while i < 10 do
  i = i + 1
  if i == 5 then break end
end
repeat
  i = i - 1
until i <= 0
while true do
  i = i + 1
  if i > 3 then break end
end
repeat local k = i; i = i + 1 until k > 6
print(i)
