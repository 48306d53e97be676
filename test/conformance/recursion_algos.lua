local function hanoi(n, from, to, via, moves)
  if n == 0 then return moves end
  moves = hanoi(n - 1, from, via, to, moves)
  moves = moves + 1
  return hanoi(n - 1, via, to, from, moves)
end
print("hanoi 10", hanoi(10, "A", "C", "B", 0))
local function ack(m, n)
  if m == 0 then return n + 1 end
  if n == 0 then return ack(m - 1, 1) end
  return ack(m - 1, ack(m, n - 1))
end
print("ack(2,3)", ack(2, 3), "ack(3,3)", ack(3, 3))
local function gcd(a, b) if b == 0 then return a end return gcd(b, a % b) end
print("gcd", gcd(48, 18), gcd(17, 5), gcd(0, 9))
local function perms(a, n, out)
  n = n or #a
  if n <= 1 then out[#out + 1] = table.concat(a) return end
  for i = 1, n do
    a[n], a[i] = a[i], a[n]
    perms(a, n - 1, out)
    a[n], a[i] = a[i], a[n]
  end
end
local out = {}
perms({"a", "b", "c"}, nil, out)
table.sort(out)
print(#out, table.concat(out, " "))
local function depth(t) if type(t) ~= "table" then return 0 end local m = 0 for _, v in ipairs(t) do m = math.max(m, depth(v)) end return m + 1 end
print("depth", depth({1, {2, {3, {4}}}, {5}}))
local function power_set(s, i)
  i = i or 1
  if i > #s then return {{}} end
  local rest = power_set(s, i + 1)
  local res = {}
  for _, r in ipairs(rest) do res[#res + 1] = r; local c = {s[i]}; for _, x in ipairs(r) do c[#c + 1] = x end; res[#res + 1] = c end
  return res
end
print("power set size", #power_set({1, 2, 3, 4}))
