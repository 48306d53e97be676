local function make()
  local list = {}
  for i = 1, 4 do
    local sq = i * i
    list[i] = function() return sq end
    if i == 2 then sq = -sq end
  end
  return list
end
local l = make()
print(l[1](), l[2](), l[3](), l[4]())
local function twice()
  local c = 0
  local f = function() c = c + 1; return c end
  return f, f
end
local f1, f2 = twice()
print(f1(), f2(), f1())
local outer
do
  local hidden = "secret"
  outer = function() return hidden end
  hidden = "changed"
end
print(outer())
local gen = {}
for n = 1, 3 do
  gen[n] = coroutine.wrap(function() local s = 0 while true do s = s + n coroutine.yield(s) end end)
end
print(gen[1](), gen[1](), gen[2](), gen[3](), gen[3]())
local function nest(d)
  if d == 0 then return function() return "leaf" end end
  local inner = nest(d - 1)
  return function() return d .. ">" .. inner() end
end
print(nest(5)())
