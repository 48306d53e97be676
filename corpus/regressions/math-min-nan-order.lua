-- caught: math.min/max with a NaN operand returned the first operand; LuaJIT keeps the later one when unordered (divergence-6051f89f, fuzz seed 5)
local function show(x) if x ~= x then return "nan" end return tostring(x) end
print(show(math.min(3, 0 / 0)), show(math.min(0 / 0, 3)), show(math.max(3, 0 / 0)), show(math.max(0 / 0, 3)))
print(math.min(1, 2, 0 / 0, 0), math.max(5, 0 / 0, 1))
