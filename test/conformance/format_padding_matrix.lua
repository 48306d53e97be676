local vals = {0, 1, -1, 42, -42, 12345}
for _, f in ipairs({"%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%.3d", "%8.3d"}) do
  local out = {}
  for i, v in ipairs(vals) do out[i] = string.format(f, v) end
  print(f, "[" .. table.concat(out, "][") .. "]")
end
for _, f in ipairs({"%x", "%X", "%#x", "%o", "%#o", "%5x", "%-5X|", "%08X"}) do
  print(f, string.format(f, 0), string.format(f, 255), string.format(f, 65536))
end
local neg = {}
for i, v in ipairs({-0.0, 1 / 0, -1 / 0}) do neg[i] = tostring(v) end
print("specials", table.concat(neg, " "))
print(string.format("%s|%5s|%-5s|", 1, 2.5, -3))
