-- os.time{...}: defaults, normalisation (mktime), numeric strings, fields ignored when not numbers.
local keys = {"year", "month", "day", "hour", "min", "sec"}
local function norm(d)
  local t = os.time(d)
  if t == nil then return "nil" end
  local lt = os.date("*t", t)
  local o = {}
  for _, k in ipairs(keys) do o[#o + 1] = lt[k] end
  return table.concat(o, " ")
end
print(norm{year = 2000, month = 1, day = 1})
print(norm{year = 2000, month = 14, day = -3, hour = 25, min = -70, sec = 3700})
print(norm{year = 2020, month = 2, day = 30})
print(norm{year = 2021, month = 2, day = 29, hour = 12})
print(norm{year = 2000, month = 0, day = 0, hour = 12})
print(norm{year = 2000, month = 1, day = 1.9, hour = 2.7, min = -0.5, sec = 59.99})
print(norm{year = "2000", month = "3", day = "4", hour = " 5 ", min = "0x10", sec = "1e1"})
print(norm{year = 2000, month = 3, day = 4, hour = "x", min = true, sec = {}})
print(type(os.time{year = 2000, month = 3, day = 4, hour = 12, isdst = false}), type(os.time{year = 2000, month = 3, day = 4, hour = 12, isdst = true}))
print(norm{year = 2000, month = 3, day = 4, hour = 12, min = 2^32 + 5})
print(norm{year = 2000, month = 3, day = 4, hour = 12, sec = 0/0})
local mt = {__index = function(t, k) return ({year = 2001, month = 2, day = 3})[k] end}
print(norm(setmetatable({}, mt)))
print(norm(setmetatable({hour = 1}, {__index = {year = 1990, month = 5, day = 6, hour = 20}})))
print(os.time{year = 2000, month = 1, day = 2, hour = 12} - os.time{year = 2000, month = 1, day = 1, hour = 12})
print(os.time{year = 2000, month = 1, day = 1, hour = 12, sec = 10} - os.time{year = 2000, month = 1, day = 1, hour = 12})
print(type(os.time()), os.time() > 1.6e9, type(os.time(nil)))
-- Years far outside time_t's struct tm range give nil or a number, never an error.
for _, y in ipairs{1e10, -1e10, 2^31 + 2000, 0/0, 1/0} do
  local t = os.time{year = y, month = 1, day = 1}
  print(y, type(t))
end
