local function gen_nat()
  return coroutine.wrap(function() local n = 2 while true do coroutine.yield(n) n = n + 1 end end)
end
local function filter_mult(src, p)
  return coroutine.wrap(function() while true do local v = src() if v % p ~= 0 then coroutine.yield(v) end end end)
end
local function primes(n)
  local src, out = gen_nat(), {}
  for i = 1, n do local p = src() out[i] = p src = filter_mult(src, p) end
  return out
end
print(table.concat(primes(25), " "))
local fib = coroutine.wrap(function() local a, b = 1, 1 while true do coroutine.yield(a) a, b = b, a + b end end)
local f = {}
for i = 1, 30 do f[i] = fib() end
print(f[10], f[20], f[30])
