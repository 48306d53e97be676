-- bit.bxor: one or more arguments, each reduced to 32 bits
local f = bit.bxor
local xs = {0, 1, -1, 0x0f0f0f0f, 0xf0f0f0f0, 0x12345678, -2^31, 2^31 - 1, 0xdeadbeef, 2^32 + 5, 1.5, 2.5, -0.5, 1/0, 0/0, 2^53 + 6}
for i, x in ipairs(xs) do
  local out = {}
  for j, y in ipairs(xs) do out[j] = f(x, y) end
  print(i, f(x), table.concat(out, " "))
end
-- many arguments, in any order
print(f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), f(10, 9, 8, 7, 6, 5, 4, 3, 2, 1), f(0xff, 0xf0f, 0xf00f, 0xff00ff))
local many = {}
for i = 1, 200 do many[i] = i * 0x01010101 end
print(f(unpack(many)), f(unpack(many, 1, 31)), f(-1, -1, -1), f(0, 0))
-- numeric strings
print(f("0xff", "0x0f"), f("1", 2, "3"), f(" 7 ", "2.5"), f("-1"), f("1e2", 0x64))
-- errors: every argument is checked, the first bad one is reported
print(pcall(f))
print(pcall(f, nil))
print(pcall(f, 1, nil))
print(pcall(f, 1, 2, nil))
print(pcall(f, 1, 2, 3, {}))
print(pcall(f, "x", {}))
print(pcall(f, 1, "0x"))
print(pcall(f, true))
print(pcall(function() return bit.bxor(1, 2, "three") end))
print(pcall(function() local t = {f = bit.bxor}; return t.f(nil) end))
print(pcall(function() return bit.bxor() end))
