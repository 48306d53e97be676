-- os.date("!*t"): the broken-down UTC time, for ordinary and extreme times.
local keys = {"year", "month", "day", "hour", "min", "sec", "wday", "yday", "isdst"}
local function dump(t)
  if t == nil then return "nil" end
  local o = {}
  for _, k in ipairs(keys) do o[#o + 1] = k .. "=" .. tostring(t[k]) end
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return table.concat(o, " ") .. " (" .. n .. " fields)"
end
for _, t in ipairs{0, -1, 68169600, 951782400, 951868800, 1234567890, 2^31, 253402300799, -62135596800,
  -2^40, 2^40, 1.9, -0.5, "86400", " 86401 ", "0x10"} do
  print(t, dump(os.date("!*t", t)))
end
print(dump(os.date("!*t\0ignored", 0)))
print(type(os.date("*t", 0)), type(os.date("*t", 0).isdst))
-- Times that do not fit a struct tm give nil.
for _, t in ipairs{2^62, -2^62, 2^63, 1e300, -1e300, 1/0, -1/0, 0/0} do
  print(t, dump(os.date("!*t", t)), os.date("!%Y", t), os.date("*t", t))
end
