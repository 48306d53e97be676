-- caught: strings had no usable metatable (__index = string): ("a"):lower() raised "attempt to index a string value"
print(("a"):lower(), ("Ab"):upper(), ("abc"):sub(2), ("x"):rep(3, "-"), ("hello"):len())
local s = "key"
for i = 1, 60 do s = s:upper():lower() end
print(s, string.rep("t", 1))
