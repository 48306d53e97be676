print("10" + 1, "3" * "4", "2" ^ 3, "7" % "4", "1e2" / 4, -"5")
print("0x10" + 0, " 12 " + 1, "1.5" + "2.25")
print(10 .. "", 1.5 .. "", -0.25 .. "x", 1e100 .. "")
print(type("10" + 0), type(10 .. ""))
print(pcall(function() return "abc" + 1 end))
print(pcall(function() return {} + 1 end))
print(pcall(function() return "1" + nil end))
print("10" == 10, "10" ~= 10, tostring(10) == "10")
local s = "5"
local n = 0
for i = 1, 3 do n = n + s end
print("string in loop", n)
print(("9"):len(), #("9" .. 9))
print("3" + "0x1p4")
print(math.floor("3.7"), math.max("10", 9))
print(string.rep(5, 3), ("x"):rep("3"))
print(2 .. 3, 2.0 .. 3, 2 ^ 63 .. "")
print(" 0x1F " * 1, "\t7\n" + 0)
