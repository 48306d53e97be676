local function split(s, sep)
  local out = {}
  local pattern = "([^" .. sep .. "]*)"
  local pos = 1
  while true do
    local a, b = s:find(sep, pos, true)
    if not a then out[#out + 1] = s:sub(pos); break end
    out[#out + 1] = s:sub(pos, a - 1)
    pos = b + 1
  end
  return out
end
for _, s in ipairs({"a,b,c", ",a,", "", "abc", "a,,b"}) do
  local parts = split(s, ",")
  print(#parts, "[" .. table.concat(parts, "][") .. "]")
end
local parts = split("one::two::three", "::")
print(#parts, table.concat(parts, " "))
local csv = "name,age\nann,31\nbob,27"
for line in csv:gmatch("[^\n]+") do
  local f = split(line, ",")
  print(f[1], f[2])
end
