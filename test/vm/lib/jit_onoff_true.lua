-- jit.on/off/flush(true): the function that calls them. It must be a Lua function.
jit.off()
print(pcall(jit.off, true))
print(pcall(jit.on, true))
print(pcall(jit.flush, true))
print(pcall(function() jit.off(true) end))
print(pcall(function() jit.on(true, true) end))
print(pcall(function() jit.flush(true, false) end))
print(pcall(function() local x = jit.off(true) return x end))
-- A tail call leaves no Lua caller behind.
print(pcall(function() return jit.off(true) end))
print(pcall(function() return jit.on(true, true) end))
-- Called from the main chunk.
jit.off(true)
jit.on(true, false)
jit.flush(true)
print("main chunk ok")
-- Through coroutine.wrap and as a method.
local co = coroutine.wrap(jit.off)
print(pcall(co, true))
local co2 = coroutine.wrap(function() jit.off(true) return "in coroutine" end)
print(co2())
local t = {f = jit.off}
print(pcall(function() t.f(true) end))
print(pcall(function() t:f() end))
local function deep(n) if n == 0 then jit.off(true, true) return "deep" end return (deep(n - 1)) end
print(deep(3))
print((jit.status()))
