-- pcall/error in a hot loop: string errors with positions, table error values, runtime errors.
local okc, msgs = 0, {}
for i = 1, 200 do
  local ok, e = pcall(function()
    if i % 50 == 0 then error("boom " .. i) end
    if i % 70 == 0 then error({ code = i }) end
    if i % 90 == 0 then local z = nil; return z.field end
    return i
  end)
  if ok then okc = okc + 1 else msgs[#msgs + 1] = type(e) == "table" and ("code " .. e.code) or e end
end
print(okc, #msgs)
for _, m in ipairs(msgs) do print(m) end
