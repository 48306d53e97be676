local n = 12345
print(("x"):rep(3), string.rep(1, 3))
print(string.len(123), string.upper(1e3), string.sub(12345, 2, 3))
print(string.byte(65), string.reverse(123))
print(tostring(n):sub(-2))
print(("test"):len(), #"test" == ("test"):len())
local t = {}
for ch in ("a,b,c"):gmatch("[^,]+") do t[#t + 1] = ch:upper() end
print(table.concat(t))
print(pcall(string.rep))
print(pcall(string.sub))
print(pcall(string.upper, {}))
print(pcall(string.len, nil))
print(("abc"):sub(2):upper():rep(2):lower())
print(#string.rep("ab", 1000), string.rep("ab", 1000):sub(-4))
print(string.rep("a", 3, ", "), string.rep("", 5, "x"))
local m = string.sub
print(m("method ref", 1, 6))
