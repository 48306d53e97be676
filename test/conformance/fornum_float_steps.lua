local c = 0
for x = 0, 1, 0.1 do c = c + 1 end
print("0..1 step 0.1 iterations", c)
c = 0
for x = 1, 0, -0.1 do c = c + 1 end
print("1..0 step -0.1 iterations", c)
for x = 0.1, 0.5, 0.1 do io.write(string.format("%.17g ", x)) end print()
for x = -3, 3, 1.5 do io.write(x, " ") end print()
for x = 1e15, 1e15 + 3 do io.write(string.format("%.0f ", x)) end print()
for x = 1, math.huge do if x > 4 then break end io.write(x, " ") end print()
for x = -1, -math.huge, -1 do if x < -4 then break end io.write(x, " ") end print()
for x = 1, 0.5 do print("never") end
for x = 0, -0.5 do print("never2") end
for x = 0, 0 do print("x is", x) end
for x = 0.5, 0.5, -1 do print("x down", x) end
local last
for x = 1, 10, 4 do last = x end
print("last", last)
for x = 3, 1, -0.75 do io.write(x, " ") end print()
