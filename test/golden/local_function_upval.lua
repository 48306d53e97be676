local function a() return 1 end
local function b() return a() + 1 end
local c
c = function() return b() end
local d = function() return c() end
print(d())
