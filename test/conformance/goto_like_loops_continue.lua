local out = {}
for i = 1, 10 do
  repeat
    if i % 3 == 0 then break end
    out[#out + 1] = i
  until true
end
print(table.concat(out, ","))
local skipped = 0
local i = 0
while i < 20 do
  i = i + 1
  local continue = (i % 2 == 0)
  if continue then skipped = skipped + 1 else
    if i > 15 then break end
  end
end
print(i, skipped)
local found
for a = 1, 5 do
  local done = false
  for b = 1, 5 do if a * b == 12 then found = a .. "*" .. b; done = true; break end end
  if done then break end
end
print(found)
