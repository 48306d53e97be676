local calls = 0
local memo = {}
local function fib(n)
  calls = calls + 1
  if n <= 2 then return 1 end
  local m = memo[n]
  if m then return m end
  local v = fib(n - 1) + fib(n - 2)
  memo[n] = v
  return v
end
for _, n in ipairs({1, 2, 10, 30, 50, 70, 78}) do print(n, fib(n)) end
print("calls", calls)
local function fib_iter(n) local a, b = 0, 1 for i = 1, n do a, b = b, a + b end return a end
print(fib_iter(78) == fib(78), fib_iter(90))
local pascal = {{1}}
for r = 2, 12 do
  local prev, row = pascal[r - 1], {1}
  for k = 2, r - 1 do row[k] = prev[k - 1] + prev[k] end
  row[r] = 1
  pascal[r] = row
end
print(table.concat(pascal[12], " "))
