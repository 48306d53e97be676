local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
local function fact(n) if n <= 1 then return 1 else return n * fact(n - 1) end end
print(fib(20), fact(10))
