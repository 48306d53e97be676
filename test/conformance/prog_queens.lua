local N = 8
local count = 0
local first
local cols, d1, d2 = {}, {}, {}
local pos = {}
local function place(r)
  if r > N then
    count = count + 1
    if not first then first = table.concat(pos, "") end
    return
  end
  for c = 1, N do
    if not cols[c] and not d1[r + c] and not d2[r - c + N] then
      cols[c], d1[r + c], d2[r - c + N] = true, true, true
      pos[r] = c
      place(r + 1)
      cols[c], d1[r + c], d2[r - c + N] = nil, nil, nil
    end
  end
end
place(1)
print("solutions", count, "first", first)
for n = 4, 7 do
  N, count, first = n, 0, nil
  place(1)
  print(n, count, first)
end
