local f = loadstring("local a = ... ; return function() a = a + 1; return a end")
local counter = f(10)
print(counter(), counter(), counter())
local g = loadstring("return x_load_global")
x_load_global = "seen"
print(g())
setfenv(g, {x_load_global = "private"})
print(g())
local chunks = {}
for i = 1, 5 do chunks[i] = loadstring("return " .. i .. " * " .. i) end
local s = 0
for _, c in ipairs(chunks) do s = s + c() end
print(s)
local defs = loadstring("function loaded_fn(x) return x .. '!' end")
defs()
print(loaded_fn("hi"))
print(loadstring("return select('#', ...)")(1, 2, 3))
