math.randomseed(42)
local ok = true
for i = 1, 1000 do
  local r = math.random()
  if r < 0 or r >= 1 then ok = false end
end
print("random() in [0,1)", ok)
ok = true
for i = 1, 1000 do
  local r = math.random(10)
  if r < 1 or r > 10 or r ~= math.floor(r) then ok = false end
end
print("random(10) in 1..10", ok)
ok = true
for i = 1, 1000 do
  local r = math.random(-5, 5)
  if r < -5 or r > 5 or r ~= math.floor(r) then ok = false end
end
print("random(-5,5) in range", ok)
math.randomseed(7)
local a = {math.random(100), math.random(100), math.random(100)}
math.randomseed(7)
local b = {math.random(100), math.random(100), math.random(100)}
print("reseed repeats", a[1] == b[1] and a[2] == b[2] and a[3] == b[3])
print(type(math.random()), math.random(1, 1), math.random(1))
