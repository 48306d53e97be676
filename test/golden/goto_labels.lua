local i = 1
::top::
i = i + 1
if i < 5 then goto top end
for j = 1, 3 do
  for k = 1, 3 do
    if k == 2 then goto continue end
    print(j, k)
    ::continue::
  end
end
do
  goto skip
  print("never")
  ::skip::
end
local n = 0
::again::
do
  local x = n
  local f = function() return x end
  n = n + 1
  if n < 3 then goto again end
end
print(i, n)
