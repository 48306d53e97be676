n = 0
local t = {a = 1, b = 2, c = 3, d = 4, e = 5, f = 6, g = 7, h = 8, i = 9, j = 10, k = 11, l = 12,
  m = 13, o = 14, p = 15, q = 16, r = 17, s = 18, u = 19, v = 20, w = 21, x = 22, y = 23, z = 24}
for round = 1, 5 do
  for k, v in pairs(t) do n = n + 1 end
end
