local function none() end
local function one() return 1 end
local function three() return 1, 2, 3 end
print(none())
print(select("#", none()))
print(one(), three())
print(three(), one())
print(({three()})[3] ~= nil)
local t = {three(), three()}
print(#t)
local t2 = {three(), (three())}
print(#t2)
local function wrap() return three() end
print(wrap())
local function paren() return (three()) end
print(paren())
local a, b, c, d = three()
print(a, b, c, d)
print(three() + 10)
print(#{none(), none()})
local s = "x" .. tostring(three())
print(s)
local function cond(x) if x then return "yes", x else return "no" end end
print(cond(false))
print(cond(42))
print(math.max(three()))
print(string.format("%d %d %d", three()))
