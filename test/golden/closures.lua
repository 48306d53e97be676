local function counter()
  local n = 0
  return function() n = n + 1; return n end
end
local c = counter()
print(c(), c())
local fns = {}
for i = 1, 3 do
  fns[i] = function() return i end
end
local x = 1
local function g() return x end
x = 2
local y = 3
local function h() return y end
print(g(), h(), fns[1](), fns[3]())
do
  local z = 5
  fns.z = function() z = z + 1; return z end
end
while true do
  local w = 1
  fns.w = function() return w end
  break
end
