-- debug.getupvalue, setupvalue, upvalueid, upvaluejoin
local a, b = 1, "two"
local function f() return a, b end
local function g() return b end
print(debug.getupvalue(f, 1))
print(debug.getupvalue(f, 2))
print(debug.getupvalue(f, 3), debug.getupvalue(f, 0), debug.getupvalue(f, -1))
print(debug.setupvalue(f, 1, 10), f())
print(debug.setupvalue(f, 5, 1))
print(debug.upvalueid(f, 2) == debug.upvalueid(g, 1), debug.upvalueid(f, 1) == debug.upvalueid(g, 1))
print(type(debug.upvalueid(f, 1)))
debug.upvaluejoin(f, 1, g, 1)
print(f())
print(debug.upvalueid(f, 1) == debug.upvalueid(g, 1))
local function h() end
print(debug.getupvalue(h, 1))
print(debug.getupvalue(string.gmatch("a", "a"), 1) ~= nil or "no C upvalue names")
print(pcall(debug.getupvalue))
print(pcall(debug.getupvalue, f))
print(pcall(debug.getupvalue, {}, 1))
print(pcall(debug.setupvalue, f, 1))
print(pcall(debug.upvalueid, f, 3))
print(pcall(debug.upvalueid, f, 0))
print(pcall(debug.upvalueid, {}, 1))
print(pcall(debug.upvaluejoin, f, 1, print, 1))
print(pcall(debug.upvaluejoin, print, 1, f, 1))
print(pcall(debug.upvaluejoin, f, 9, g, 1))
print(pcall(debug.upvaluejoin, f, 1, g, 9))
local stripped = loadstring(string.dump(function() return a end, true))
print(debug.getupvalue(stripped, 1))
-- C functions have the C upvalues LuaJIT's closures have
print(debug.getupvalue(print, 1))
print(debug.getupvalue(print, 2))
print(select(2, debug.getupvalue(pairs, 1)) == next, type(select(2, debug.getupvalue(ipairs, 1))))
local names = {}
for i = 1, 15 do local n, v = debug.getupvalue(type, i) names[i] = tostring(n) .. "=" .. tostring(v) end
print(table.concat(names, " "))
local it = string.gmatch("abc", "%a")
print(it(), select(2, debug.getupvalue(it, 1)), select(2, debug.getupvalue(it, 2)), select(2, debug.getupvalue(it, 3)))
print(debug.setupvalue(it, 3, 0), it(), it())
local w = coroutine.wrap(function() end)
print(type(select(2, debug.getupvalue(w, 1))), debug.upvalueid(w, 1) ~= nil)
