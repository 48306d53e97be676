print("before the error")
local t = {}
local function f() return t.missing.field end
print(pcall(f))
io.write("partial line then error")
f()
print("never printed")
