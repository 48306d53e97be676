local function gcd(a, b) while b ~= 0 do a, b = b, a % b end return a end
local function lcm(a, b) return a / gcd(a, b) * b end
local l = 1
for i = 1, 20 do l = lcm(l, i) end
print("lcm 1..20", l)
local function factor(n)
  local f = {}
  local d = 2
  while d * d <= n do while n % d == 0 do f[#f + 1] = d; n = n / d end d = d + 1 end
  if n > 1 then f[#f + 1] = n end
  return table.concat(f, "*")
end
for _, n in ipairs({12, 97, 360, 1001, 65536, 999983, 600851475143}) do print(n, factor(n)) end
local function phi(n) local r = n local p = 2 while p * p <= n do if n % p == 0 then while n % p == 0 do n = n / p end r = r - r / p end p = p + 1 end if n > 1 then r = r - r / n end return r end
print(phi(1), phi(10), phi(97), phi(100))
