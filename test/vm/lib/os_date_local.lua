-- Local dates, checked in ways that hold in any time zone.
local keys = {"year", "month", "day", "hour", "min", "sec"}
for _, t in ipairs{0, 86400 * 200, 951782400, 1234567890, 1e9, 1700000000, 2^31 - 1} do
  local lt = os.date("*t", t)
  local back = os.time(lt)
  local same = os.date("%Y-%m-%d %H:%M:%S", t) == ("%04d-%02d-%02d %02d:%02d:%02d"):format(lt.year, lt.month, lt.day, lt.hour, lt.min, lt.sec)
  print(t, back == t, same, type(lt.isdst), lt.wday == tonumber(os.date("%w", t)) + 1, lt.yday == tonumber(os.date("%j", t)))
end
-- A date table round-trips through os.time and os.date.
for _, d in ipairs{{year = 2000, month = 1, day = 1}, {year = 2021, month = 7, day = 15, hour = 9, min = 30, sec = 5},
  {year = 1999, month = 12, day = 31, hour = 23, min = 59, sec = 59}, {year = 2024, month = 2, day = 29, hour = 12}} do
  local t = os.time(d)
  local lt = os.date("*t", t)
  local o = {}
  for _, k in ipairs(keys) do o[#o + 1] = lt[k] end
  print(table.concat(o, " "))
end
print(os.date("%Y", os.time{year = 2001, month = 6, day = 15}), os.date("%B %d", os.time{year = 2001, month = 6, day = 15}))
