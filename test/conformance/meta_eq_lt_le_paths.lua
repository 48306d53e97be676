-- __eq, __lt, __le through every comparison opcode, including the __le fallback to not __lt
local cmp = {}
cmp.__lt = function(a, b) return a.v < b.v end
cmp.__eq = function(a, b) return a.v == b.v end
local cmpl = {__lt = cmp.__lt, __le = function(a, b) return a.v <= b.v end, __eq = cmp.__eq}
local function o(v, m) return setmetatable({v = v}, m or cmp) end
local a, b, c = o(1), o(2), o(1)
print(a < b, a > b, a <= b, a >= b, b <= a, b >= a)
print(a == c, a ~= c, a == b, a ~= b, rawequal(a, c))
local x, y = o(3, cmpl), o(3, cmpl)
print(x <= y, x >= y, x < y, x > y)
if a < b then print("lt branch") end
if not (a >= b) then print("ge branch") end
if a == c then print("eq branch") end
if a ~= b then print("ne branch") end
local n = 0
for i = 1, 10 do if o(i) < o(5) then n = n + 1 end end
print(n)
-- different metamethods: no __eq call, no comparison
local d = setmetatable({v = 1}, {__eq = function() return true end})
print(a == d, pcall(function() return a < d end))
-- results are truth values: nil/false vs anything else
local truthy = setmetatable({}, {__lt = function() return 0 end, __le = function() return nil end})
print(truthy < truthy, truthy <= truthy)
