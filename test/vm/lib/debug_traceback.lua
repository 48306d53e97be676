-- debug.traceback: messages, levels, threads, truncation; addresses of C functions hidden
local function clean(s) return (s:gsub("0x%x+", "ADDR")) end
local function deep(n, level)
  if n == 0 then return clean(debug.traceback("at the bottom", level)) end
  return deep(n - 1, level)
end
print(deep(3))
print(deep(3, 2))
print(deep(3, 0))
print(deep(25))
print(clean(debug.traceback()))
print(clean(debug.traceback("msg", 100)))
print(clean(debug.traceback(42)))
print(debug.traceback({}) ~= nil, debug.traceback(nil), debug.traceback(true))
local co = coroutine.create(function(a) local function inner() coroutine.yield(a) end inner() end)
coroutine.resume(co, 1)
print(clean(debug.traceback(co)))
print(clean(debug.traceback(co, "thread msg")))
print(clean(debug.traceback(co, "from 1", 1)))
print(clean(debug.traceback(coroutine.create(print))))
print(clean(select(2, xpcall(function() local t = nil; return t.x end, debug.traceback))))
print(clean(select(2, pcall(error))))
local t = setmetatable({}, {__index = function() return debug.traceback("in __index") end})
print(clean(t.x))
