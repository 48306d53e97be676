local function lvl(n) error("msg", n) end
print(pcall(lvl, 0))
print(pcall(lvl, 1))
print(pcall(lvl, 2))
print(pcall(lvl, 3))
local function wrap() lvl(2) end
print(pcall(wrap))
print(pcall(error, "plain"))
print(pcall(error, "plain", 2))
print(pcall(function() error({}) end) == false)
print(select(2, pcall(function() error({msg = "t"}) end)).msg)
print(pcall(function() error("with\nnewline") end))
print(pcall(function() error() end))
print(pcall(function() error(nil, 2) end))
