-- a file handle the program drops is closed (and flushed) by its __gc when collected
local name = os.tmpname()
local f = io.open(name, "w")
f:setvbuf("full")
f:write("buffered data")
local g = io.open(name)
print("before collect", #g:read("*a"))
g:close()
f = nil
collectgarbage()
g = io.open(name)
print("after collect", g:read("*a"))
g:close()
-- an error inside __gc raised while allocating reaches the pcall around the allocation
local p = newproxy(true)
getmetatable(p).__gc = function() error("finalizer failed") end
p = nil
print(pcall(function() for i = 1, 1e6 do local t = {i} end end))
os.remove(name)
-- os.exit(0, true) closes the VM: finalizers run before the exit
local q = newproxy(true)
getmetatable(q).__gc = function() print("closed on exit") end
os.exit(0, true)
