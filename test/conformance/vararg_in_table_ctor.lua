local function f(...) return {...}, {..., "end"}, {"start", ...} end
local a, b, c = f(1, 2, 3)
print(#a, #b, #c, b[2], c[4])
local function g(...) local t = {n = select("#", ...), ...} return t.n, t[1], t[t.n] end
print(g("x", "y", "z"))
print(g())
local function h(...) return #{...} end
print(h(), h(nil), h(1, 2), h(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
local function k(...) local x, y = ..., "fixed" return x, y end
print(k(1, 2, 3))
local function va2(...)
  local a, b = ...
  local function inner(...) return a, b, ... end
  return inner("i1", "i2")
end
print(va2("o1", "o2", "o3"))
print(pcall(function(...) return ... end, "p1", "p2"))
local function count_nils(...)
  local n = 0
  for i = 1, select("#", ...) do if select(i, ...) == nil then n = n + 1 end end
  return n
end
print(count_nils(nil, 1, nil, 2, nil))
print(string.format("%s %s", ...  or "no", "varargs at main"))
print(select("#", ...))
