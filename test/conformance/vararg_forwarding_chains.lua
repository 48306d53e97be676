local function a(...) return select("#", ...), ... end
local function b(...) return a(...) end
local function c(...) local r = {b(...)} return unpack(r, 1, r[1] + 1) end
print(c())
print(c(nil))
print(c(1, nil, nil))
print(c("x", "y"))
local function d(x, ...) return x, select("#", ...) end
print(d(c(1, 2, 3)))
local function ret_varg_mid(...) return 0, ..., 9 end
print(ret_varg_mid(1, 2, 3))
local function vfield(...) local t = {n = 0, ...} return #t, t.n end
print(vfield(4, 5, 6))
print(pcall(function(...) return ... end))
print(string.format("%d-%d-%d", (function(...) return ... end)(7, 8, 9)))
