local i = "outer"
for i = 1, 2 do end
print(i)
for i = 1, 3 do
  local i = i * 2
  io.write(i, " ")
end
print()
local fs = {}
for i = 1, 3 do
  for j = 1, 2 do
    fs[#fs + 1] = function() return i .. "." .. j end
  end
end
local out = {}
for _, f in ipairs(fs) do out[#out + 1] = f() end
print(table.concat(out, " "))
local s = 0
for k = 10, 1, -2 do s = s + k end
print(s)
for k = 1, 3 do k = "changed" end
print("loop var assignment ok")
