local vals = {0, 1, -1, 0.1, 1e-10, 123.456, 1e15, 1e21, -2 ^ 60, 1 / 7}
for _, f in ipairs({"%e", "%.2e", "%E", "%12.3e", "%f", "%.3f", "%12.1f", "%-12.2f|", "%+.4f", "%.10f"}) do
  local out = {}
  for i, v in ipairs(vals) do out[i] = string.format(f, v) end
  print(f, table.concat(out, " "))
end
local neg = {}
for i, v in ipairs({-0.0, 1 / 0, -1 / 0}) do neg[i] = tostring(v) end
print("specials", table.concat(neg, " "))
print(string.format("%s|%5s|%-5s|", 1, 2.5, -3))
