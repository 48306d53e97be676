local function is_even(n) if n == 0 then return true end return is_odd_g(n - 1) end
function is_odd_g(n) if n == 0 then return false end return is_even(n - 1) end
print(is_even(1000), is_odd_g(777))
local function sum_to(n) if n == 0 then return 0 end return n + sum_to(n - 1) end
print(sum_to(100), sum_to(5000))
local function count_nodes(t) local c = 1 for _, ch in ipairs(t) do c = c + count_nodes(ch) end return c end
local function build(d) if d == 0 then return {} end return {build(d - 1), build(d - 1)} end
print(count_nodes(build(10)))
local function flatten(t, out)
  out = out or {}
  for _, v in ipairs(t) do if type(v) == "table" then flatten(v, out) else out[#out + 1] = v end end
  return out
end
print(table.concat(flatten({1, {2, {3, {4, {5}}}}, {{6}}, 7}), ","))
local function binom(n, k) if k == 0 or k == n then return 1 end return binom(n - 1, k - 1) + binom(n - 1, k) end
print(binom(10, 5), binom(16, 8))
