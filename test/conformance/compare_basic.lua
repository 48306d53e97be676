print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 2 > 1, 1 == 1.0, 1 ~= 1)
print("a" < "b", "abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a", "a" <= "a")
print("10" < "9", "a\0b" < "a\0c", "a\0" > "a")
print(nil == false, nil == nil, false == false, 0 == false, "" == false)
local t1, t2 = {}, {}
print(t1 == t1, t1 == t2, t1 ~= t2)
local f = function() end
print(f == f, f == function() end)
print(0 == -0, 1 / 0 == 1 / 0, -1 / 0 < 1 / 0)
local nan = 0 / 0
print(nan == nan, nan ~= nan, nan < 1, nan > 1, nan <= nan, 1 < nan)
print(not (nan < 1), not (1 <= nan))
print(pcall(function() return 1 < "2" end))
print(pcall(function() return {} < {} end))
print(pcall(function() return nil < 1 end))
print(pcall(function() return "a" < 1 end))
print(1 == "1", "1" == 1)
print(math.huge > 1e308, -math.huge < -1e308)
local vals = {3, 1.5, -2, 10, 0}
local mx, mn = -math.huge, math.huge
for _, v in ipairs(vals) do if v > mx then mx = v end if v < mn then mn = v end end
print("max", mx, "min", mn)
