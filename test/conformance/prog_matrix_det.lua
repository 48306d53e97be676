local function det(m)
  local n = #m
  if n == 1 then return m[1][1] end
  if n == 2 then return m[1][1] * m[2][2] - m[1][2] * m[2][1] end
  local d = 0
  for c = 1, n do
    local sub = {}
    for i = 2, n do
      local row = {}
      for j = 1, n do if j ~= c then row[#row + 1] = m[i][j] end end
      sub[#sub + 1] = row
    end
    d = d + ((c % 2 == 1) and 1 or -1) * m[1][c] * det(sub)
  end
  return d
end
print(det({{1, 2}, {3, 4}}))
print(det({{2, 0, 0}, {0, 3, 0}, {0, 0, 4}}))
print(det({{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}))
print(det({{6, 1, 1}, {4, -2, 5}, {2, 8, 7}}))
local h = {}
for i = 1, 5 do h[i] = {} for j = 1, 5 do h[i][j] = 1 / (i + j - 1) end end
print(string.format("%.6e", det(h)))
local id = {}
for i = 1, 6 do id[i] = {} for j = 1, 6 do id[i][j] = i == j and 2 or 0 end end
print(det(id))
