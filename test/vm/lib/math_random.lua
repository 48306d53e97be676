-- math.random: the fixed initial state, argument forms, no range checks, argument errors
local function fmt(v) return string.format("%.17g", v) end
for i = 1, 5 do io.write(fmt(math.random()), " ") end print()
for i = 1, 10 do io.write(math.random(10), " ") end print()
for i = 1, 10 do io.write(math.random(-5, 5), " ") end print()
math.randomseed(42)
local r = {}
for i = 1, 8 do r[i] = fmt(math.random()) end
print(table.concat(r, " "))
-- odd arguments: no validation in LuaJIT 2.1
math.randomseed(7)
print(math.random(0), math.random(-3), math.random(1.5), math.random(0.5), math.random(5, 1), math.random(3, 3))
print(math.random(2^31), math.random(-2^31, 2^31), math.random(2^53), math.random(1, 2.5), math.random(1.5, 2.5))
print(fmt(math.random(0/0)), fmt(math.random(1/0)), fmt(math.random(-1/0)), fmt(math.random(1, 1/0)), fmt(math.random(1/0, 1)))
print(math.random("10"), math.random("1", "0x3"), math.random(1, 2, 3), math.random(5, 5, "ignored", {}))
-- a range of 1 always gives its value; a sample is always in range
local ok = true
for i = 1, 2000 do
  local a, b, c = math.random(), math.random(6), math.random(-2, 2)
  if a < 0 or a >= 1 or b < 1 or b > 6 or b % 1 ~= 0 or c < -2 or c > 2 then ok = false end
end
print(ok, math.random(1, 1), math.random(-7, -7))
-- errors (a number is drawn before the arguments are checked)
math.randomseed(1)
local a1 = math.random()
math.randomseed(1)
print(pcall(math.random, "x"))
print(math.random() ~= a1)
print(pcall(math.random, nil))
print(pcall(math.random, 1, nil))
print(pcall(math.random, nil, 1))
print(pcall(math.random, 1, "y"))
print(pcall(math.random, {}))
print(pcall(function() local v = math.random(true); return v end))
print(pcall(function() local v = math.random(1, {}); return v end))
