-- debug.getlocal and debug.setlocal: named locals, temporaries, varargs, levels, threads, errors
local function dump(level)
  local i = 1
  while true do
    local name, value = debug.getlocal(level + 1, i)
    if name == nil then break end
    if type(value) == "table" or type(value) == "function" then value = type(value) end
    print("", i, name, value)
    i = i + 1
  end
  local j = -1
  while true do
    local name, value = debug.getlocal(level + 1, j)
    if name == nil then break end
    print("", j, name, value)
    j = j - 1
  end
end
local function f(a, b, ...)
  local c = a + b
  do local inner = "scoped" dump(1) end
  local d = {}
  dump(1)
  print(debug.setlocal(1, 3, 100), c)
  print(debug.setlocal(1, 1, "changed"), a)
  print(debug.setlocal(1, 50, 1))
  print(debug.setlocal(1, -1, "va"), ...)
  return c
end
print(f(1, 2, "x", "y", nil))
print(f(3, 4))
print("params", debug.getlocal(f, 1), debug.getlocal(f, 2), debug.getlocal(f, 3), debug.getlocal(print, 1))
local function g(...) local n = select("#", ...) dump(1) return n end
g()
g(1, nil, 3)
local co = coroutine.create(function(p) local q = p + 1 coroutine.yield(q) end)
coroutine.resume(co, 10)
print("thread", debug.getlocal(co, 1, 1), debug.getlocal(co, 1, 2), debug.getlocal(co, 1, 3))
print(debug.setlocal(co, 1, 1, 99), debug.getlocal(co, 1, 1))
print(pcall(debug.getlocal))
print(pcall(debug.getlocal, 1))
print(pcall(debug.getlocal, 100, 1))
print(pcall(debug.getlocal, "x", 1))
print(pcall(debug.getlocal, 1, "y"))
print(pcall(debug.setlocal, 1, 1))
print(pcall(debug.setlocal, 100, 1, 1))
print(pcall(debug.getlocal, co, 5, 1))
