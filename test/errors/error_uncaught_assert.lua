print(assert(1 == 1, "fine"))
local function parse(s) return assert(tonumber(s), "cannot parse '" .. s .. "'") end
print(parse("12"))
print(parse("x12"))
