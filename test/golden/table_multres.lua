local function f() return 1, 2, 3 end
local a = {f()}
local b = {f(), f()}
local c = {0, f()}
local d = {f(), nil}
local e = {(f())}
local function g(...)
  local t = {...}
  local u = {1, ...}
  return #t + #u
end
print(#a, #b, #c, #d, #e, g(1, 2))
