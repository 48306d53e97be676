-- Every bit function over a matrix of edge values (non-integers, huge, negative, NaN, inf, shift counts)
local vals = {0, -0, 1/0, -1/0, 0/0, 1, -1, 0.5, -0.5, 1.5, -2.5, 3.5, 2^31, -2^31, 2^31 - 1, 2^31 + 0.5,
  2^32, 2^32 - 1, -2^32, 2^51 + 0.5, 2^52 - 0.5, 2^52 + 1, 2^53 + 6, -2^53, 2^64, 2^70 + 2^40, 1e300, 5e-324,
  0x87654321, 31, 32, 33, -31, -33, 255, 256}
local function line(...) io.write(table.concat({...}, " "), "\n") end
for _, v in ipairs(vals) do
  line("u", string.format("%.17g", v), bit.tobit(v), bit.bnot(v), bit.bswap(v), bit.tohex(v), bit.tohex(v, -8))
end
for i, v in ipairs(vals) do
  for j, w in ipairs(vals) do
    line(i, j, bit.band(v, w), bit.bor(v, w), bit.bxor(v, w), bit.lshift(v, w), bit.rshift(v, w), bit.arshift(v, w),
      bit.rol(v, w), bit.ror(v, w), bit.tohex(v, w))
  end
end
