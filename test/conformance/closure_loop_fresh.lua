local fs = {}
for i = 1, 5 do
  fs[i] = function() return i end
end
for i = 1, 5 do io.write(fs[i](), " ") end
print()
local gs = {}
for _, v in ipairs({"a", "b", "c"}) do
  gs[#gs + 1] = function() return v end
end
print(gs[1](), gs[2](), gs[3]())
local hs = {}
local j = 0
while j < 4 do
  j = j + 1
  local k = j * 10
  hs[j] = function() k = k + 1; return k end
end
print(hs[1](), hs[1](), hs[2](), hs[4]())
local shared = {}
local n = 0
for i = 1, 3 do
  shared[i] = function() n = n + i; return n end
end
print(shared[1](), shared[2](), shared[3]())
local rs = {}
local r = 0
repeat
  r = r + 1
  local captured = r
  rs[r] = function() return captured * captured end
until r == 3
print(rs[1](), rs[2](), rs[3]())
