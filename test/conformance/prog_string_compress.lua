local function rle(s)
  local out = {}
  local i = 1
  while i <= #s do
    local c = s:sub(i, i)
    local j = i
    while s:sub(j + 1, j + 1) == c do j = j + 1 end
    out[#out + 1] = (j - i + 1 > 1 and (j - i + 1) or "") .. c
    i = j + 1
  end
  return table.concat(out)
end
local function unrle(s)
  return (s:gsub("(%d*)(%D)", function(n, c) return c:rep(n == "" and 1 or tonumber(n)) end))
end
for _, s in ipairs({"aaabccdddd", "abc", "", "zzzzzzzzzzzz", "aabbaabb"}) do
  local e = rle(s)
  print(s, e, unrle(e) == s)
end
local long = ("x"):rep(100) .. ("y"):rep(5)
print(rle(long), #unrle(rle(long)))
