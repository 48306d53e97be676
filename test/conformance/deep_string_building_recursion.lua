local function build(n) if n == 0 then return "" end return build(n - 1) .. (n % 10) end
local s = build(3000)
print(#s, s:sub(1, 20), s:sub(-5))
local function nested_parens(n) if n == 0 then return "x" end return "(" .. nested_parens(n - 1) .. ")" end
local p = nested_parens(500)
print(#p, p:match("%b()") == p)
local function count_depth(str) local d, m = 0, 0 for ch in str:gmatch("[()]") do d = d + (ch == "(" and 1 or -1) if d > m then m = d end end return m end
print(count_depth(p))
local function tree_str(d) if d == 0 then return "." end return "[" .. tree_str(d - 1) .. tree_str(d - 1) .. "]" end
local ts = tree_str(10)
print(#ts)
