local errs, oks = 0, 0
local msgs = {}
for i = 1, 30 do
  local ok, e = pcall(function()
    if i % 3 == 0 then error("div3:" .. i, 0) end
    if i % 5 == 0 then local t = nil return t.x end
    return i
  end)
  if ok then oks = oks + 1 else errs = errs + 1 msgs[#msgs + 1] = e end
end
print(oks, errs)
print(msgs[1], msgs[2], msgs[#msgs])
local total = 0
for i = 1, 100 do local ok, v = pcall(tonumber, tostring(i)) total = total + v end
print(total)
