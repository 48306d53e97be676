local results = {}
for i = 1, 3 do
  local x = i
  do
    local y = x * 10
    results[#results + 1] = function() x = x + 1; return x + y end
  end
end
print(results[1](), results[1](), results[2](), results[3]())
local n = 0
local cl = {}
while n < 3 do
  n = n + 1
  local captured = n
  cl[n] = function() return captured, n end
end
print(cl[1]())
print(cl[3]())
local t = {}
repeat
  local v = #t + 1
  t[v] = function() return v * v end
until #t == 4
print(t[1](), t[2](), t[3](), t[4]())
