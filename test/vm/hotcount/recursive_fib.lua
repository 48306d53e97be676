n = 0
local function fib(k) n = n + 1 if k < 2 then return k end return fib(k - 1) + fib(k - 2) end
local r = fib(15)
