local rows = {{"id", "name", "score"}, {1, "alice", 93.5}, {2, "bob", 87.25}, {3, "carol", 100}}
local widths = {}
for _, r in ipairs(rows) do for i, v in ipairs(r) do widths[i] = math.max(widths[i] or 0, #tostring(v)) end end
for _, r in ipairs(rows) do
  local cells = {}
  for i, v in ipairs(r) do cells[i] = string.format("%-" .. widths[i] .. "s", tostring(v)) end
  print("| " .. table.concat(cells, " | ") .. " |")
end
local sep = {}
for i, w in ipairs(widths) do sep[i] = ("-"):rep(w) end
print("+-" .. table.concat(sep, "-+-") .. "-+")
