function g1() return 1 end
function g2(a, b) return a + b end
t = {}
function t.f() return 2 end
function t:m() return self end
print(g1(), g2(1, 2), t.f(), t:m())
