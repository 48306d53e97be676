local function a() local t = nil; return t.x end
local function b() return a() + 1 end
local function c() local r = b(); return r end
print(pcall(c))
local function d(n) if n == 0 then error("bottom reached") end d(n - 1) end
print(pcall(d, 10))
local function e(n) if n == 0 then return nil + 1 end return e(n - 1) end
print(pcall(e, 10))
local function f() return string.rep() end
print(pcall(f))
local function g() return ("x"):rep("y") end
print(pcall(g))
local function h() local f = nil; return f() end
print(pcall(h))
local function i() return table.concat({{}}) end
print(pcall(i))
