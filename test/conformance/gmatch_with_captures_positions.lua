local s = "x=1, yy=22, zzz=333"
for k, v in s:gmatch("(%a+)=(%d+)") do io.write(k, ":", #k, ":", v, " ") end print()
for p1, k, p2 in s:gmatch("()(%a+)()") do io.write(p1, "-", p2, " ") end print()
local spans = {}
for a, b in ("aXXbXXXc"):gmatch("()X+()") do spans[#spans + 1] = a .. ".." .. b end
print(table.concat(spans, " "))
local t = {}
for w in ("The Quick brown Fox"):gmatch("%u%l*") do t[#t + 1] = w end
print(table.concat(t, ","))
local nums = {}
for n in ("1,-2, 3.5 ,4e2,0x10"):gmatch("[^,%s]+") do nums[#nums + 1] = tonumber(n) end
print(table.concat(nums, " "))
