local total = 0
for i = -50, 50 do
  local s = tostring(i * 0.25)
  total = total + tonumber(s)
end
print(total)
local strs = {}
for i = 1, 20 do strs[i] = tostring(2 ^ i) end
print(table.concat(strs, " "))
local back = 0
for _, s in ipairs(strs) do back = back + tonumber(s) end
print(back)
for _, s in ipairs({"0x1", "0X1F", "1e2", "1E-2", "  3  ", "-.5", "+.5"}) do io.write(tostring(tonumber(s)), " ") end
print()
