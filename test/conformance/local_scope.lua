local a = 1
print("a", a)
do
  local a = 2
  print("inner a", a)
  do
    local a = a + 1
    print("innermost a", a)
  end
  print("inner a again", a)
end
print("outer a", a)
local b, c, d = 10, 20
print("b c d", b, c, d)
local e = nil
print("e", e)
local x = 5
local x = x * 2
print("shadowed x", x)
for i = 1, 3 do
  local x = i * 100
  print("loop x", x)
end
print("after loop x", x)
local function f() return a end
print("f()", f())
local t = {}
local t2 = t
t2.k = "shared"
print("t.k", t.k, t == t2)
