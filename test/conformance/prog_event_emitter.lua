local Emitter = {}
Emitter.__index = Emitter
function Emitter.new() return setmetatable({handlers = {}}, Emitter) end
function Emitter:on(ev, fn) local h = self.handlers[ev] or {} h[#h + 1] = fn self.handlers[ev] = h return self end
function Emitter:emit(ev, ...)
  local h = self.handlers[ev]
  if not h then return 0 end
  for _, fn in ipairs(h) do fn(...) end
  return #h
end
local e = Emitter.new()
local log = {}
e:on("data", function(x) log[#log + 1] = "A" .. x end)
 :on("data", function(x) log[#log + 1] = "B" .. x end)
 :on("end", function() log[#log + 1] = "END" end)
print(e:emit("data", 1), e:emit("data", 2), e:emit("end"), e:emit("none"))
print(table.concat(log, " "))
local ok, err = pcall(function() e:on("bad", function() error("handler failed", 0) end):emit("bad") end)
print(ok, err)
