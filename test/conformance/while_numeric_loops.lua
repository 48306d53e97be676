local n, steps = 27, 0
while n ~= 1 do
  if n % 2 == 0 then n = n / 2 else n = 3 * n + 1 end
  steps = steps + 1
end
print("collatz 27", steps)
local x = 1
repeat x = x * 2 until x > 1000
print("first pow2 > 1000", x)
local a, b = 0, 1
local fibs = {}
while #fibs < 20 do fibs[#fibs + 1] = a; a, b = b, a + b end
print(table.concat(fibs, " "))
local prime = {}
local i = 2
while #prime < 15 do
  local isp = true
  local d = 2
  while d * d <= i do if i % d == 0 then isp = false; break end d = d + 1 end
  if isp then prime[#prime + 1] = i end
  i = i + 1
end
print(table.concat(prime, " "))
local r = 0
repeat
  local done = r >= 3
  r = r + 1
until done
print("repeat sees local in until", r)
local f = 1.0
local c = 0
while f > 1e-10 do f = f / 3; c = c + 1 end
print("divisions", c)
