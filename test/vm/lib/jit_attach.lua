-- jit.attach(f, event) and jit.attach(f): accepted arguments and errors. Handlers of events the
-- VM does not send (record, texit, unknown names) are simply stored.
jit.off()
local function h() end
for _, ev in ipairs{"bc", "trace", "record", "texit", "other", "", "TRACE", 1, 2.5, "a\0b"} do
  print(type(ev), tostring(ev):gsub("%z", "\\0"), select("#", jit.attach(h, ev)), pcall(jit.attach, h, ev))
end
print(select("#", jit.attach(h)), pcall(jit.attach, h))
print(pcall(jit.attach, h, nil))
print(pcall(jit.attach, h, nil, "x"))
print(pcall(jit.attach, print, "bc"))
print(pcall(jit.attach, print))
-- Errors: the first argument must be a function, the second (if not nil) a string.
print(pcall(jit.attach))
print(pcall(jit.attach, nil))
print(pcall(jit.attach, nil, "bc"))
print(pcall(jit.attach, "h", "bc"))
print(pcall(jit.attach, {}, "bc"))
print(pcall(jit.attach, 1))
print(pcall(jit.attach, true))
print(pcall(jit.attach, h, {}))
print(pcall(jit.attach, h, true))
print(pcall(jit.attach, h, h))
print(pcall(jit.attach, {}, {}))
print(pcall(function() jit.attach() end))
print(pcall(function() jit.attach(h, false) end))
print(pcall(function() local a = jit.attach a(1, 2) end))
-- Detaching a function that was never attached.
print(pcall(jit.attach, function() end))
