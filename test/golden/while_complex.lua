local i, j = 0, 10
while i < j and i ~= 5 do
  i = i + 1
end
while not (i > j) or i == 0 do
  i = i + 2
end
while i do
  i = nil
end
print(i, j)
