-- jit.flush: the engine (no argument or nil), one trace (a number), a prototype (function).
jit.off()
print(select("#", jit.flush()), pcall(jit.flush))
print(pcall(jit.flush, nil))
print(pcall(jit.flush, nil, true))
local nums = {0, 1, 2, -1, 1.5, -0.5, 1e10, -1e10, 2^31, 2^31 - 1, -2^31, 2^32 + 1, 1/0, -1/0, 0/0, -0}
for _, n in ipairs(nums) do print(n, select("#", jit.flush(n)), pcall(jit.flush, n), pcall(jit.flush, n, true)) end
-- A numeric string is not a trace number: it must be a function.
print(pcall(jit.flush, "1"))
print(pcall(jit.flush, "0x10", true))
print(pcall(function() jit.flush("1") end))
-- Functions and their children.
local function f() return function() end end
print(pcall(jit.flush, f), pcall(jit.flush, f, true), pcall(jit.flush, f, false), pcall(jit.flush, f()))
print(pcall(jit.flush, print))
print(pcall(jit.flush, {}))
print(pcall(jit.flush, false))
-- Flushing does not switch the engine.
print((jit.status()))
jit.on() jit.flush() print((jit.status()))
jit.off() jit.flush() print((jit.status()))
