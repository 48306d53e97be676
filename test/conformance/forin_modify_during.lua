local t = {1, 2, 3, 4, 5}
local seen = {}
for i, v in ipairs(t) do
  seen[#seen + 1] = v
  if i == 2 then t[4] = nil end
end
print(table.concat(seen, ","))
local h = {a = 1, b = 2, c = 3, d = 4}
local n = 0
for k in pairs(h) do h[k] = nil; n = n + 1 end
print("cleared", n, next(h))
local g = {}
for i = 1, 10 do g[i] = i end
local total = 0
for k, v in pairs(g) do g[k] = v * 2; total = total + v end
print(total, g[10])
local iter_calls = 0
local function it(s, c) iter_calls = iter_calls + 1; if c < 3 then return c + 1 end end
for i in it, nil, 0 do end
print("iterator calls", iter_calls)
for k, v in pairs({}) do print("never") end
for i, v in ipairs({nil, 2}) do print("never2") end
print("done")
