local function a(...) return ... end
local function b(...) return a(...) end
local function c(...) return b(1, ...) end
print(c(2, 3))
print(select("#", c()))
print(select("#", c(nil, nil)))
local function tc_method(o, n) if n == 0 then return o.name end return o:m(n - 1) end
local o = {name = "obj", m = tc_method}
print(o:m(1000))
local function tc_native(s) return string.upper(s) end
print(tc_native("tail into C"))
local function tc_pcall() return pcall(error, "tail pcall") end
print(tc_pcall())
local function tc_select(...) return select("#", ...) end
print(tc_select(1, nil, nil))
local function count_down(n) if n > 0 then return count_down(n - 1) end end
print(count_down(50000))
