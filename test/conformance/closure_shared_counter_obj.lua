local function Counter()
  local count = 0
  local self = {}
  function self.inc(n) count = count + (n or 1); return self end
  function self.get() return count end
  return self
end
local c1, c2 = Counter(), Counter()
c1.inc().inc(5).inc()
c2.inc(10)
print(c1.get(), c2.get())
local function adders()
  local t = {}
  for i = 1, 3 do
    for j = 1, 2 do
      t[#t + 1] = function(x) return x + i * 10 + j end
    end
  end
  return t
end
local out = {}
for _, f in ipairs(adders()) do out[#out + 1] = f(0) end
print(table.concat(out, " "))
local function once(f)
  local done, result = false, nil
  return function(...) if not done then done, result = true, f(...) end return result end
end
local init = once(function(x) print("initialising", x); return x * 2 end)
print(init(5), init(6), init(7))
