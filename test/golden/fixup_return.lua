local x = 1
if x then return end
local function f() return x end
print(f())
return f()
