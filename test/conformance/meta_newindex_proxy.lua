local function readonly(t)
  return setmetatable({}, {
    __index = t,
    __newindex = function(_, k) error("attempt to update read-only field " .. tostring(k), 2) end,
    __len = function() return #t end,
  })
end
local days = readonly({"Mon", "Tue", "Wed"})
print(days[1], days[3], days[4], #days)
print(pcall(function() days[1] = "X" end))
print(pcall(function() days.new = 1 end))
print(days[1])
local tracked = {}
local function track(t)
  local proxy = {}
  return setmetatable(proxy, {
    __index = function(_, k) tracked[#tracked + 1] = "get " .. tostring(k); return t[k] end,
    __newindex = function(_, k, v) tracked[#tracked + 1] = "set " .. tostring(k); t[k] = v end,
  })
end
local p = track({a = 1})
p.b = p.a + 1
p.a = p.b * 10
print(p.a, p.b, table.concat(tracked, "; "))
