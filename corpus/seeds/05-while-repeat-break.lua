-- while and repeat loops with counters and a break after a data-dependent number of iterations.
local n, w = 0, 0
while w < 500 do
  w = w + 1
  if w * w > 90000 then break end
  n = n + w % 3
end
local r = 0
repeat r = r + 2 until r >= 250
print(n, w, r)
