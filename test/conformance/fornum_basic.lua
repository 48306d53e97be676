for i = 1, 5 do io.write(i, " ") end print()
for i = 5, 1, -1 do io.write(i, " ") end print()
for i = 1, 0 do io.write("never") end print("zero-trip ok")
for i = 0, 1, 0.25 do io.write(i, " ") end print()
for i = 1, 2, 0.3 do io.write(i, " ") end print()
for i = -1, -2, -0.5 do io.write(i, " ") end print()
for i = 10, 1, -3 do io.write(i, " ") end print()
for i = 1, 3 do
  local j = i
  i = i * 10
  io.write(j, "->", i, " ")
end
print()
local n = 0
for i = 1, 10, 2 do n = n + i end
print("sum odd", n)
for i = 1.5, 3.5 do io.write(i, " ") end print()
for i = "1", "3" do io.write(i, ":", type(i), " ") end print()
local cnt = 0
for i = 1, 1 do cnt = cnt + 1 end
print("one trip", cnt)
for i = 3, 3, -1 do print("single down", i) end
for i = 2^52 - 2, 2^52 + 1 do io.write(string.format("%.0f ", i)) end print()
local t = {}
for i = 1, 3 do t[i] = function() return i end end
print(t[1](), t[2](), t[3]())
