local function f() error("in f") end
local ok, e = pcall(f)
print(e)
local t = {m = function() error("in method") end}
print(select(2, pcall(t.m)))
local g = function()
  local x = 1
  error("multi-line fn")
end
print(select(2, pcall(g)))
print(select(2, pcall(loadstring("error('chunk error')", "=named"))))
print(select(2, pcall(loadstring("\n\nerror('line 3')", "@virtual.lua"))))
print(select(2, pcall(loadstring("local t = nil\nreturn t.x", "=idx"))))
