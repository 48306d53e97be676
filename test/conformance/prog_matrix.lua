local function mat(n, f)
  local m = {}
  for i = 1, n do m[i] = {} for j = 1, n do m[i][j] = f(i, j) end end
  return m
end
local function mul(a, b)
  local n = #a
  return mat(n, function(i, j) local s = 0 for k = 1, n do s = s + a[i][k] * b[k][j] end return s end)
end
local function show(m) for i = 1, #m do print(table.concat(m[i], " ")) end end
local a = mat(3, function(i, j) return i + j end)
local id = mat(3, function(i, j) return i == j and 1 or 0 end)
show(mul(a, id))
show(mul(a, a))
local t = mat(4, function(i, j) return (i - 1) * 4 + j end)
local tr = mat(4, function(i, j) return t[j][i] end)
show(tr)
local trace = 0
for i = 1, 4 do trace = trace + tr[i][i] end
print("trace", trace)
local h = mat(3, function(i, j) return 1 / (i + j - 1) end)
local p = mul(h, h)
print(string.format("%.10f %.10f", p[1][1], p[3][3]))
