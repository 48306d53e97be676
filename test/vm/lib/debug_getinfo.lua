-- debug.getinfo: levels, functions, every option and field, and its errors
local function show(t)
  if t == nil then return "nil" end
  local keys = {}
  for k in pairs(t) do keys[#keys + 1] = k end
  table.sort(keys)
  local out = {}
  for _, k in ipairs(keys) do
    local v = t[k]
    if type(v) == "function" then v = "<function>" elseif type(v) == "table" then v = "<table>" end
    out[#out + 1] = k .. "=" .. tostring(v)
  end
  return table.concat(out, " ")
end
local function f(a, b, ...)
  print("level1", show(debug.getinfo(1)))
  print("level2", show(debug.getinfo(2, "Sl")))
  print("options n", show(debug.getinfo(1, "n")))
  print("options u", show(debug.getinfo(1, "u")))
  print("options l", show(debug.getinfo(1, "l")))
  print("level0", show(debug.getinfo(0, "Sn")))
  return 1
end
f(1, 2)
local t = {m = f}
t.m(1, 2)
print("by function", show(debug.getinfo(f)))
print("by function S", show(debug.getinfo(f, "S")))
print("C function", show(debug.getinfo(print)))
print("C function S", show(debug.getinfo(print, "Sl")))
print("main", show(debug.getinfo(1, "S")))
print("too deep", show(debug.getinfo(50)))
print("negative", show(debug.getinfo(-1)))
print("string level", show(debug.getinfo("1", "l")))
print("f option", debug.getinfo(1, "f").func ~= nil, debug.getinfo(f, "f").func == f)
local lines = {}
for l in pairs(debug.getinfo(f, "L").activelines) do lines[#lines + 1] = l end
table.sort(lines)
print("activelines", table.concat(lines, ","))
print("activelines C", debug.getinfo(print, "L").activelines)
local g = function() return debug.getinfo(1, "n") end
print("anonymous", show(g()))
print("method", show(setmetatable({}, {__index = function(t, k) return debug.getinfo(1, "n") end}).x))
local obj = {}
function obj:meth() return debug.getinfo(1, "n") end
print("method call", show(obj:meth()))
print("global call", show((function() return debug.getinfo(1, "n") end)()))
local co = coroutine.create(function(x) local y = x * 2 coroutine.yield(y) return y end)
coroutine.resume(co, 21)
print("thread level 0", show(debug.getinfo(co, 0, "Sn")))
print("thread level 1", show(debug.getinfo(co, 1, "Sln")))
print("thread level 2", show(debug.getinfo(co, 2)))
print("fresh thread", show(debug.getinfo(coroutine.create(print), 0)))
print(pcall(debug.getinfo))
print(pcall(debug.getinfo, {}))
print(pcall(debug.getinfo, 1, "x"))
print(pcall(debug.getinfo, 1, "Sx"))
print(pcall(debug.getinfo, print, 5))
print(pcall(debug.getinfo, co, "S"))
print(pcall(debug.getinfo, nil))
