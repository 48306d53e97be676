local strs = {"", "a", "ab", "\0", "\0\0\0", ("z"):rep(255), ("z"):rep(256), "héllo"}
for _, s in ipairs(strs) do io.write(#s, ":", s:len(), " ") end
print()
local t = {}
for _, s in ipairs(strs) do t[s] = #s end
local n, total = 0, 0
for k, v in pairs(t) do n = n + 1 total = total + v end
print(n, total)
print(t[""], t["\0"], t[("z"):rep(256)])
print(#tostring(12345.678), #tostring(-0.5))
local concat_len = 0
for i = 1, 100 do concat_len = concat_len + #tostring(i) end
print(concat_len)
