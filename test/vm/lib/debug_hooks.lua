-- debug.sethook/gethook: line, count, call and return events
local events = {}
local function rec(ev, line) events[#events + 1] = line and (ev .. ":" .. line) or ev end
local function work()
  local s = 0
  for i = 1, 3 do
    s = s + i
  end
  return s
end
debug.sethook(rec, "l")
local r = work()
debug.sethook()
print("line", r, table.concat(events, " "))
print("off", debug.gethook())
events = {}
debug.sethook(rec, "", 7)
print(debug.gethook() == rec, select(2, debug.gethook()), select(3, debug.gethook()))
work()
debug.sethook()
print("count", #events, events[1])
events = {}
local function leaf() return 1 end
local function caller() return leaf() + leaf() end
debug.sethook(rec, "cr")
caller()
debug.sethook()
print("call/return", table.concat(events, " "))
events = {}
debug.sethook(rec, "c")
math.abs(-1)
debug.sethook()
print("C call", table.concat(events, " "))
-- the hook sees the hooked function at level 2, and its own events are off
local seen = {}
debug.sethook(function(ev, line)
  local info = debug.getinfo(2, "Sl")
  seen[#seen + 1] = info.currentline
  local x = 0
  for i = 1, 3 do x = x + i end
end, "l")
local z = 1
z = z + 1
debug.sethook()
print("level 2 lines", table.concat(seen, ","))
-- an error in a hook goes to the hooked code
print(pcall(function()
  debug.sethook(function() error("hook error") end, "l")
  local q = 1
end))
debug.sethook()
print("after error", debug.gethook())
print(pcall(debug.sethook, 1, "l"))
print(pcall(debug.sethook, rec))
print(pcall(debug.sethook, rec, "l", "x"))
print(select("#", debug.sethook()))
