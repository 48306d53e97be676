-- caught: error(42) and assert(false, 42) kept a number error value; LuaJIT converts it to a string with the caller's position
local ok, e = pcall(function() error(42) end)
print(ok, type(e), e)
ok, e = pcall(error, 3.5)
print(ok, type(e), e)
ok, e = pcall(function() assert(false, 7) end)
print(ok, type(e), e)
