-- os.time and os.date("*t") are inverses at many times across the calendar.
local bad, n = 0, 0
local t = -2^31
while t < 2^32 do
  local d = os.date("*t", t)
  if os.time(d) ~= t then bad = bad + 1 end
  local u = os.date("!*t", t)
  if u.year ~= tonumber(os.date("!%Y", t)) or u.yday ~= tonumber(os.date("!%j", t)) then bad = bad + 1 end
  n = n + 1
  t = t + 7777777
end
print(n, bad)
local leap = 0
for y = 1901, 2099 do
  if os.date("*t", os.time{year = y, month = 3, day = 1, hour = 12} - 86400).day == 29 then leap = leap + 1 end
end
print(leap)
