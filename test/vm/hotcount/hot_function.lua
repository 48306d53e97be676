n = 0
local function f(x) n = n + 1; return x + 1 end
local y = 0
y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y)
y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y)
y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y)
y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y)
y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y)
y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y)
y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y)
y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y)
y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y)
y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y)
y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y)
y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y)
y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y)
y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y)
y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y) y = f(y)
