local total = 0
for round = 1, 50 do
  local t = {}
  for i = 1, 1000 do t[i] = {x = i, y = i * 2, s = "s" .. i} end
  for i = 1, 1000, 10 do total = total + t[i].x + t[i].y + #t[i].s end
end
print("total", total)
local strs = {}
for i = 1, 5000 do strs[i % 100 + 1] = string.rep("x", i % 50) .. i end
print(#strs, strs[1], strs[100])
local chain
for i = 1, 20000 do chain = {next = chain, v = i} end
local n, s = 0, 0
while chain do n = n + 1; s = s + chain.v; chain = chain.next end
print(n, s)
collectgarbage()
local closures = {}
for i = 1, 10000 do closures[i % 10 + 1] = function() return i end end
print(closures[1](), closures[10]())
