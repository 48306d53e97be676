-- patterns: 2000 random patterns and subjects through find, gsub and match (errors included)
local seed = 4242
local function rnd(n) seed = (seed * 1103515245 + 12345) % 2147483648 return seed % n end
local pieces = {"a", "b", ".", "%a", "%d", "%s", "%w", "%W", "(", ")", "()", "[ab]", "[^a]", "[a-c]", "*", "+", "-", "?", "^", "$", "%b()", "%f[%w]", "%1", "%2", "%", "[", "]", "%%", "x", "%z", "[%d%s]"}
local chars = {"a", "b", "c", "1", "2", " ", "(", ")", "x", "\0", "%"}
local out = {}
for i = 1, 2000 do
  local p = ""
  for k = 1, rnd(6) + 1 do p = p .. pieces[rnd(#pieces)+1] end
  local s = ""
  for k = 1, rnd(12) do s = s .. chars[rnd(#chars)+1] end
  local r = {pcall(string.find, s, p, rnd(5) - 1)}
  local r2 = {pcall(string.gsub, s, p, "<%0>", rnd(4))}
  local r3 = {pcall(string.match, s, p)}
  local t = {}
  for k = 1, #r do t[#t+1] = tostring(r[k]) end
  for k = 1, #r2 do t[#t+1] = tostring(r2[k]) end
  for k = 1, #r3 do t[#t+1] = tostring(r3[k]) end
  out[#out+1] = string.format("%q", p .. "~" .. s .. "~" .. table.concat(t, ","))
  if #out == 50 then print(table.concat(out, "|")) out = {} end
end
print(table.concat(out, "|"))
