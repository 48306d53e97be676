local function f(...)
  local args = {...}
  print("n args", #args, select("#", ...))
  for i, v in ipairs(args) do io.write(i, "=", tostring(v), " ") end
  print()
end
f()
f("a")
f("a", "b", "c")
f(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
local function g(...)
  local n = select("#", ...)
  local t = {}
  for i = n, 1, -1 do t[#t + 1] = (select(i, ...)) end
  return unpack(t)
end
print(g(1, 2, 3, 4))
local function h(a, b, ...)
  return a, b, select("#", ...), ...
end
print(h())
print(h(1))
print(h(1, 2))
print(h(1, 2, 3))
print(h(1, 2, 3, 4))
local function vinstring(...) return "[" .. table.concat({...}, ",") .. "]" end
print(vinstring(1, 2, 3), vinstring())
local function many(...) return ..., "end" end
print(many(1, 2, 3))
