local samples = {"plain", "with \"quotes\"", "back\\slash", "new\nline", "cr\rx", "\0\1\2", "\127\128\255", "tab\there", ""}
for _, s in ipairs(samples) do
  local q = string.format("%q", s)
  local back = loadstring("return " .. q)()
  print(#q, back == s)
end
local all = {}
for i = 0, 255 do all[#all + 1] = string.char(i) end
local s = table.concat(all)
local q = string.format("%q", s)
print(#q, loadstring("return " .. q)() == s)
print(string.format("%q", "a\n\nb"))
print(string.format("%q", "\0001"))
print(string.format("%q", 1 / 0), string.format("%q", -1 / 0))
