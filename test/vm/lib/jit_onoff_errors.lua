-- Argument errors of jit.on/off/flush: anything but nil, true, a Lua function or a prototype.
jit.off()
local bad = {false, 0, 1.5, -1, "", "1", "on", {}, print, string.rep, coroutine.create(print), newproxy(), 0/0}
for _, name in ipairs{"on", "off", "flush"} do
  local f = jit[name]
  for i, v in ipairs(bad) do
    print(name, i, pcall(f, v))
    print(name, i, pcall(f, v, true))
  end
end
-- Called from Lua the message carries the position and the function's name.
print(pcall(function() jit.on(false) end))
print(pcall(function() jit.off({}) end))
print(pcall(function() jit.flush("x") end))
print(pcall(function() local on = jit.on on(print) end))
print(pcall(function() jit.off(string.rep, true) end))
print((jit.status()))
