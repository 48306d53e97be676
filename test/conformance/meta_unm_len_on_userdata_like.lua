local V = {}
V.__index = V
V.__unm = function(v) return setmetatable({x = -v.x}, V) end
V.__len = function(v) return math.abs(v.x) end
V.__tostring = function(v) return "V(" .. v.x .. ")" end
local v = setmetatable({x = 5}, V)
print(tostring(-v), tostring(- -v), #v, #(-v))
local ud = newproxy(true)
local m = getmetatable(ud)
m.__len = function() return 77 end
m.__unm = function() return "negated ud" end
m.__index = function(_, k) return "ud." .. k end
m.__call = function(_, x) return "called with " .. tostring(x) end
print(#ud, -ud, ud.field, ud(3))
print(type(ud), pcall(function() return ud + 1 end))
