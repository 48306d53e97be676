print(assert(1, "unused"))
print(assert(true, 2, 3))
print(pcall(assert, false))
print(pcall(assert, nil, "custom message"))
print(pcall(assert, false, 42))
local t = {}
local ok, e = pcall(assert, false, t)
print(ok, e == t)
print(pcall(assert))
print(select("#", assert(1, 2, 3)))
print(assert("x"), assert(0))
local function check(v) return assert(tonumber(v), "not a number: " .. tostring(v)) end
print(pcall(check, "12"), pcall(check, "zz"))
