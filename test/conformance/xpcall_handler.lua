local function handler(e) return "handled: " .. tostring(e) end
print(xpcall(function() error("oops") end, handler))
print(xpcall(function() return "fine", 2 end, handler))
print(xpcall(function() error({1, 2}) end, function(e) return type(e), #e end))
print(xpcall(function() error("x", 0) end, function(e) return e .. "!" end))
local seen
print(xpcall(function() local t = nil; return t[1] end, function(e) seen = e; return "caught" end))
print(seen)
print(xpcall(function() error("inner") end, function(e) error("handler fails") end))
local function nested()
  return xpcall(function() error("deep") end, function(e) return "nested:" .. e end)
end
print(pcall(nested))
print(xpcall(error, function(e) return "direct " .. tostring(e) end))
local count = 0
print(xpcall(function() error("c") end, function(e) count = count + 1; return count end))
print(pcall(xpcall))
print(select("#", xpcall(function() return nil, nil end, print)))
