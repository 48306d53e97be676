local e = setmetatable({}, {__tostring = function() return "custom error object" end})
print("throwing object with __tostring")
error(e)
