local function lvl1() error("level1", 1) end
local function lvl2() error("level2", 2) end
local function lvl0() error("level0", 0) end
local function caller() lvl2() end
print(pcall(lvl1))
print(pcall(lvl2))
print(pcall(caller))
print(pcall(lvl0))
local function deep3() error("three", 3) end
local function d2() deep3() end
local function d1() d2() end
print(pcall(d1))
print(pcall(function() error("msg", 1) end))
print(pcall(function() error("msg", 2) end))
local function check(x) if type(x) ~= "number" then error("expected number, got " .. type(x), 2) end return x end
local function user() return check("s") end
print(pcall(user))
print(pcall(function() error(setmetatable({}, {__tostring = function() return "tbl" end}), 2) end))
print(pcall(function() error("tab\tnewline\n", 0) end))
print(pcall(function() error(12.5, 1) end))
print(pcall(function() error("x" .. 1, 1.5) end))
