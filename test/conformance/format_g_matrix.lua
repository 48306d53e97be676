local vals = {0, 1, 0.1, 123456, 1234567, 1e-5, 1.5e-4, 1e20, 2 ^ 53, -3.25, 1 / 3}
for _, f in ipairs({"%g", "%.3g", "%10.4g", "%-12g|", "%#g", "%G", "%.0g", "%.17g"}) do
  local out = {}
  for i, v in ipairs(vals) do out[i] = string.format(f, v) end
  print(f, table.concat(out, " "))
end
local neg = {}
for i, v in ipairs({-0.0, 1 / 0, -1 / 0}) do neg[i] = tostring(v) end
print("specials", table.concat(neg, " "))
print(string.format("%s|%5s|%-5s|", 1, 2.5, -3))
