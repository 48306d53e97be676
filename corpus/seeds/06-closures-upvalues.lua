-- Closures created in a hot loop capture a fresh loop variable; an upvalue counter is bumped.
local fs, count = {}, 0
for i = 1, 200 do
  fs[i] = function(x) count = count + 1; return x + i end
end
local s = 0
for i = 1, 200 do s = s + fs[i](i) end
print(s, count)
