local fs = {}
for i = 1, 3 do
  local v = i
  fs[i] = {get = function() return v end, set = function(x) v = x end}
end
fs[1].set(100)
print(fs[1].get(), fs[2].get(), fs[3].get())
fs[2].set(fs[1].get() + 1)
print(fs[1].get(), fs[2].get(), fs[3].get())
local acc = {}
local k = 1
while k <= 3 do
  local j = k
  acc[k] = function(d) j = j + d; return j end
  k = k + 1
end
print(acc[1](10), acc[1](10), acc[2](1), acc[3](0))
local function mk()
  local a, b = 1, 2
  local function swap() a, b = b, a end
  local function get() return a, b end
  return swap, get
end
local swap, get = mk()
swap()
print(get())
swap()
print(get())
local x = 0
local function bump() x = x + 1 end
for _ = 1, 10 do bump() end
print("x", x)
