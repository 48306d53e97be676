local shared = 0
local function inc() shared = shared + 1 return shared end
local co = coroutine.wrap(function() while true do inc() coroutine.yield(shared) end end)
print(co(), co(), inc(), co())
local function make_pair()
  local v = 0
  local getter = function() return v end
  local setter_co = coroutine.wrap(function() while true do v = v + 10 coroutine.yield() end end)
  return getter, setter_co
end
local get, set = make_pair()
set() set()
print(get())
set()
print(get())
