-- bit.rol: the count is reduced to 32 bits and only its low 5 bits are used
local f = bit.rol
local xs = {0, 1, -1, 0x12345678, 0x87654321, -2^31, 2^31 - 1, 0xdeadbeef, 0x80000001, 2^32 + 3, 1.5, -1.5, 2.5, 1/0, 0/0, 2^53 + 6, 7}
local ns = {0, 1, 2, 4, 7, 8, 15, 16, 24, 31, 32, 33, 36, 63, 64, 65, -1, -2, -31, -32, -33, 2^31, -2^31, 2^32 + 1, 1.5, 2.5, -0.5, 1/0, -1/0, 0/0, 1e300}
for i, x in ipairs(xs) do
  local out = {}
  for j, n in ipairs(ns) do out[j] = f(x, n) end
  print(i, string.format("%.17g", x), table.concat(out, " "))
end
-- the same count modulo 32 gives the same result
for n = -70, 70, 7 do io.write(f(0x13579bdf, n) == f(0x13579bdf, n % 32) and "=" or "!", " ") end
print()
for n = 0, 31 do io.write(bit.tohex(f(0x80000001, n)), " ") end
print()
-- numeric strings for either argument; arguments past the second are ignored
print(f("0x10", 1), f(16, "2"), f("1", "0x1f"), f(" 3 ", "1e1"), f(1, 1, "junk"))
print(pcall(f))
print(pcall(f, 1))
print(pcall(f, nil, 1))
print(pcall(f, 1, nil))
print(pcall(f, "a", 1))
print(pcall(f, 1, "b"))
print(pcall(f, {}, "b"))
print(pcall(f, true, false))
print(pcall(function() return bit.rol(1, {}) end))
print(pcall(function() local rol = bit.rol; return rol(nil, 1) end))
