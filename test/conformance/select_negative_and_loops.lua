local function last_n(n, ...) return select(-n, ...) end
print(last_n(1, "a", "b", "c"))
print(last_n(2, "a", "b", "c"))
print(last_n(3, "a", "b", "c"))
local function rev(...)
  local n = select("#", ...)
  local out = {}
  for i = -1, -n, -1 do out[#out + 1] = (select(i, ...)) end
  return unpack(out)
end
print(rev(1, 2, 3, 4, 5))
print(rev())
local function sum_sel(...) local s = 0 for i = 1, select("#", ...) do s = s + (select(i, ...)) end return s end
local args = {}
for i = 1, 100 do args[i] = i end
print(sum_sel(unpack(args)))
print(select(2, select(2, 1, 2, 3)))
