-- Varargs and multiple returns in a hot loop: select('#'), truncation with parentheses.
local function va(...) return select('#', ...), ... end
local s = 0
for i = 1, 200 do
  local n, a, b = va(i, i * 2)
  s = s + n + a + b + (va(i))
end
print(s, select('#', va()), (select(2, va(7, 8))))
