local s = "<<a>><<b>>"
for _, p in ipairs({"<.*>", "<.->", "<+.->+", "<<(.-)>>", "(<+)(.)(>+)", "[<>]+", "[^<>]+", ".-b", ".*b"}) do
  print(p, s:match(p))
end
local t = "aaa bbb ccc"
for _, p in ipairs({"%a*", "%a+", "%a-", "%a-%s", "(%a+)%s*$", "^(%a*)", "%s(%a-)%s"}) do
  print(p, "[" .. tostring(t:match(p)) .. "]")
end
local u = "key = value = more"
print(u:match("^(.-)%s*=%s*(.*)$"))
print(u:match("^(.*)%s*=%s*(.-)$"))
