-- caught: x ^ y and math.sin/exp/atan2... used V8's Math functions, which differ from glibc's (LuaJIT calls libm) in the last bit on up to 17% of inputs; a checksum diverged on n1 ^ 5 (divergence-07ab68be, seed 77). Loops stay below hotloop so LuaJIT's JIT does not fold differently.
local acc = {}
local x = 1.0019474114283848e+26 ^ 0.2
for i = 1, 40 do
  local v = x + i * 0.37
  acc[#acc + 1] = string.format("%.17g %.17g %.17g", v ^ 5, v ^ 0.5 ^ 3, (i / 7) ^ -2.5)
end
for i = 1, 40 do
  local a = i * 0.713 - 9
  acc[#acc + 1] = string.format("%.17g %.17g %.17g %.17g %.17g", math.sin(a), math.exp(a / 3), math.atan2(a, 3 - i), math.cosh(a / 4), math.log(i * 1.3))
end
print(table.concat(acc, "\n"))
