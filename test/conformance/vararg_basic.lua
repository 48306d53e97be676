local function count(...) return select("#", ...) end
print(count(), count(nil), count(nil, nil), count(1, nil, 3, nil))
local function pass(...) return ... end
print(pass(1, 2, 3))
print((pass(1, 2, 3)))
local function first(a, ...) return a end
print(first(9, 8, 7))
local function rest(a, ...) return ... end
print(rest(9, 8, 7))
local function pack(...) return {n = select("#", ...), ...} end
local p = pack(1, nil, 3)
print(p.n, p[1], p[2], p[3])
local function sum(...)
  local s = 0
  for i = 1, select("#", ...) do
    s = s + (select(i, ...) or 0)
  end
  return s
end
print(sum(1, 2, 3, 4.5), sum(), sum(nil, 5))
local function middle(...)
  local a, b, c = ...
  return c, b, a
end
print(middle(1, 2, 3, 4))
print(middle(1))
local t = {pass(1, 2), pass(3, 4)}
print(#t, t[1], t[2], t[3])
local function tailv(...) return pass(...) end
print(tailv("x", "y", nil, "z"))
print(select("#", tailv(nil, nil, nil)))
