local function find_first(t, pred)
  local i = 1
  while t[i] ~= nil do
    if pred(t[i]) then return i, t[i] end
    i = i + 1
  end
  return nil
end
print(find_first({1, 3, 5, 6, 7}, function(x) return x % 2 == 0 end))
print(find_first({1, 3}, function(x) return x > 5 end))
local function search2d(grid, val)
  for r = 1, #grid do for c = 1, #grid[r] do if grid[r][c] == val then return r, c end end end
end
print(search2d({{1, 2}, {3, 4}, {5, 6}}, 4))
print(search2d({{1, 2}}, 9))
local n = 0
while true do n = n + 1 local function check() return n >= 5 end if check() then break end end
print(n)
