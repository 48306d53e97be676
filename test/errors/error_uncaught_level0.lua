print("level 0 error follows")
local function inner() error("no position info", 0) end
inner()
