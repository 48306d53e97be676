-- Bounded recursion called from a hot loop (up-recursion and return traces).
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
local s = 0
for i = 1, 100 do s = s + fib(i % 12) end
print(s)
