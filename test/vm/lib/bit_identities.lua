-- Algebraic identities of the bit functions on pseudo-random 32-bit values, checked against arithmetic
local seed = 12345
local function rnd() -- an LCG modulo 2^32, in doubles (exact)
  seed = (seed * 1103515245 + 12345) % 4294967296
  return seed
end
local function tobit_ref(x) x = x % 4294967296; if x >= 2147483648 then x = x - 4294967296 end; return x end
local fails, sum = 0, 0
local function check(ok, what) if not ok then fails = fails + 1; if fails < 10 then print("FAIL", what) end end end
for i = 1, 3000 do
  local a, b, n = rnd(), rnd() - 2147483648, rnd() % 32
  local x, y = bit.tobit(a), bit.tobit(b)
  check(x == tobit_ref(a), "tobit")
  check(bit.bnot(x) == -x - 1, "bnot")
  check(bit.bxor(x, y) == bit.band(bit.bor(x, y), bit.bnot(bit.band(x, y))), "xor")
  check(bit.lshift(x, n) == tobit_ref(x * 2 ^ n), "lshift")
  check(bit.rshift(x, n) == tobit_ref(math.floor((x % 4294967296) / 2 ^ n)), "rshift")
  check(bit.arshift(x, n) == math.floor(x / 2 ^ n), "arshift")
  check(bit.rol(x, n) == bit.bor(bit.lshift(x, n), bit.rshift(x, 32 - n)), "rol")
  check(bit.ror(x, n) == bit.rol(x, 32 - n), "ror")
  check(bit.bswap(bit.bswap(x)) == x, "bswap")
  check(tonumber(bit.tohex(x), 16) == x % 4294967296, "tohex")
  check(bit.tobit(x + 0.5) == (x % 2 == 0 and x or bit.tobit(x + 1)), "round half even")
  sum = (sum + bit.bxor(x, bit.rol(y, n)) % 1000003) % 1000003
end
print("fails", fails, "sum", sum)
