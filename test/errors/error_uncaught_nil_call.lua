local x = 1
print("x is", x)
local y = x + 1
print("y is", y)
undefined_function_call(y)
