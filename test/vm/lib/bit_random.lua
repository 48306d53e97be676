-- Every bit function on pseudo-random operands of all magnitudes, including non-integers
local seed = 2463534242
local function rnd() seed = (seed * 69069 + 1) % 4294967296; return seed end
local function operand()
  local r = rnd() % 6
  if r == 0 then return rnd() - 2147483648 end
  if r == 1 then return rnd() + (rnd() % 1024) / 1024 end
  if r == 2 then return -(rnd() * 2 ^ (rnd() % 40)) end
  if r == 3 then return rnd() % 64 - 32 end
  if r == 4 then return (rnd() % 8) + 0.5 end
  return rnd() * 4294967296 + rnd()
end
for i = 1, 150 do
  local a, b, c = operand(), operand(), operand()
  print(i, string.format("%.17g %.17g", a, b), bit.tobit(a), bit.bnot(a), bit.bswap(b), bit.band(a, b, c),
    bit.bor(a, b), bit.bxor(a, b, c), bit.lshift(a, b), bit.rshift(a, b), bit.arshift(a, b), bit.rol(a, b),
    bit.ror(a, b), bit.tohex(a), bit.tohex(b, c))
end
