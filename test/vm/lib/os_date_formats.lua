-- os.date with C strftime conversions, in UTC ("!") on fixed times.
local times = {0, 1, 59, 86399, 951782400, 1234567890, 1e9, 2^31 - 1, 2^31, 4102444800, -1, -86400 * 365, -2^31}
local convs = {"a", "A", "b", "B", "c", "C", "d", "D", "e", "F", "g", "G", "h", "H", "I", "j", "k", "l", "m", "M",
  "n", "p", "P", "r", "R", "S", "t", "T", "u", "U", "V", "w", "W", "x", "X", "y", "Y", "z", "Z", "%", "+"}
for _, t in ipairs(times) do
  local o = {}
  for _, c in ipairs(convs) do o[#o + 1] = c .. "=" .. os.date("!%" .. c, t) end
  print(t, table.concat(o, "|"))
end
-- Flags, widths and the E/O modifiers glibc knows.
for _, f in ipairs{"%5Y", "%-d", "%_d", "%0e", "%^a", "%#b", "%^B", "%#Z", "%10A", "%-10A|", "%_5m", "%010d", "%Ec", "%EC",
  "%Ex", "%EX", "%Ey", "%EY", "%Od", "%Oe", "%OH", "%OI", "%Om", "%OM", "%OS", "%Ou", "%OU", "%OV", "%Ow", "%OW", "%Oy",
  "%E", "%O", "%Q", "%", "%%%", "%5", "%-", "100%", "%Ez", "%Oz", "%4%"} do
  print(f, os.date("!" .. f, 1234567890))
end
print(os.date("!plain text", 0), os.date("!", 0), os.date("", 0), os.date("!%Y-%m-%dT%H:%M:%SZ", 1e9))
print(os.date("!%H:%M:%S", 3600 * 5 + 61), os.date("!%j %U %W %V %G", 1609459200))
