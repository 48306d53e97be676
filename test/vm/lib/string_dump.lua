-- string.dump: the bytes of dumps, round trips through loadstring, strip, debug info, argument errors.
local function hex(s)
  return (s:gsub(".", function(c) return string.format("%02x", c:byte()) end))
end
local function check(name, f, ...)
  local full, stripped = string.dump(f), string.dump(f, true)
  local g, h = loadstring(full), loadstring(stripped)
  print(name, #full, #stripped, string.dump(g) == full, string.dump(h) == stripped, string.dump(h, true) == stripped)
  print("", pcall(g, ...))
  print("", pcall(h, ...))
end

-- Exact bytes of small dumps.
print(hex(string.dump(function() end)))
print(hex(string.dump(function() end, true)))
print(hex(string.dump(function(a, b) return a + b * 2.5 end)))
print(hex(string.dump(function(a, b) return a + b * 2.5 end, true)))
print(hex(string.dump(function(...) local t = {1, 2.5, "s", true, false, nil, -7, [20] = 1} return select('#', ...), t end)))
print(hex(string.dump(function() return 0, -1, 65535, 65536, -65536, 2^31, -2^31, 2^31 - 1, 2^53, 1e300, -1e-300, 0.1 end)))
print(hex(string.dump(function() local s = "a\0b\255\n" return s, #s end)))
print(hex(string.dump(function(x) return function() return x end end, true)))

-- Round trips: same results from the loaded and stripped copies.
check("arith", function(a, b) return a + b, a - b, a * b, a / b, a % b, a ^ b, -a end, 7, 3)
check("consts", function() return 0, -1, 65535, 65536, -65536, 2^31, -2^31, 2^53, 1e300, -0.0, 1/0, -1/0, 0.1 end)
check("nan", function() local n = 0/0 return n ~= n end)
check("strings", function() return "", "a\0b", ("x"):rep(300), "\255\128" end)
check("vararg", function(...) return select('#', ...), ... end, 1, nil, 3)
check("table", function() local t = {10, 20, 30, nil, 50, [0] = 0, [-1] = "m", [1.5] = "h", [2^40] = true} return t[0], t[1], t[5], t[-1], t[1.5], t[2^40] end)
check("nested", function() local t = {{1, {2, {3}}}, {k = {v = "deep"}}} return t[1][2][2][1], t[2].k.v end)
check("bools", function() local t = {true, false, [true] = 1, [false] = 0} return t[1], t[2], t[true], t[false] end)
check("loops", function(n)
  local s = 0
  for i = 1, n do s = s + i end
  for i = n, 1, -2 do s = s + i end
  for _, v in ipairs({4, 5, 6}) do s = s + v end
  local k = 0
  while k < n do k = k + 1 end
  repeat k = k - 1 until k <= 0
  return s, k
end, 10)
check("closures", function(n)
  local fs = {}
  for i = 1, n do fs[i] = function() return i * 10 end end
  local acc = 0
  local function add(x) acc = acc + x return acc end
  for i = 1, n do add(fs[i]()) end
  return acc, #fs
end, 5)
check("recursion", function(n)
  local function fib(k) if k < 2 then return k end return fib(k - 1) + fib(k - 2) end
  return fib(n)
end, 15)
check("method", function()
  local obj = {v = 3}
  function obj:get(d) return self.v + d end
  return obj:get(4), ("abc"):upper()
end)
check("goto", function(n)
  local i = 0
  ::top::
  i = i + 1
  if i < n then goto top end
  return i
end, 4)

-- Upvalues of a dumped function are nil in the loaded copy.
local up1, up2 = 5, "u"
local function useup() return up1, up2 end
print("upvalues", useup())
print("upvalues loaded", loadstring(string.dump(useup))())
local function setup() up1 = (up1 or 0) + 1 return up1 end
local ld = loadstring(string.dump(setup))
print("setup", ld(), ld(), setup(), up1)

-- The strip argument: any true value strips.
local f0 = function(a) local b = a return b end
local full, stripped = string.dump(f0), string.dump(f0, true)
for _, v in ipairs({false, 0, "", "x", {}, f0}) do
  print("strip", type(v), tostring(v == false and v or type(v)), string.dump(f0, v) == stripped)
end
print("strip nil", string.dump(f0, nil) == full, #full > #stripped)

-- Debug info: names and lines survive a dump, not a stripped one.
local function bad(t, i)
  local x = t[i]
  return x.field
end
print(pcall(bad, {}, 1))
print(pcall(loadstring(string.dump(bad)), {}, 1))
print(pcall(loadstring(string.dump(bad, true)), {}, 1))
print(pcall(loadstring(string.dump(bad, true), "=named"), {}, 1))
print(pcall(loadstring(string.dump(bad, true), "@file.lua"), {}, 1))
print(pcall(loadstring(string.dump(bad, true), "some code"), {}, 1))
local function badup() return up2 + 1 end
print(pcall(loadstring(string.dump(badup))))
print(pcall(function() for i = 1, "x" do end end))
print(pcall(loadstring(string.dump(function() for i = 1, "x" do end end))))
print(pcall(loadstring(string.dump(function() local t = setmetatable({}, {__index = function(t, k) error("idx " .. k, 2) end}) return t.foo end))))

-- A function loaded from a stripped dump has no debug info to dump again.
local s1 = string.dump(bad, true)
local reloaded = loadstring(s1)
print("redump", #string.dump(reloaded) == #string.dump(bad, true) + 0, string.dump(reloaded, true) == s1)
print("named redump", #string.dump(loadstring(s1, "=nm")), #s1)

-- Chunk names in dumps.
for _, name in ipairs({"=stdin", "@some/file.lua", "return 1", ""}) do
  local fn = loadstring("return 42", name)
  local d = string.dump(fn)
  print("chunkname", #d, d:sub(6, 6):byte(), d:sub(7, 6 + #name) == name, loadstring(d)())
end

-- Argument errors.
print(pcall(string.dump))
print(pcall(string.dump, nil))
print(pcall(string.dump, 1))
print(pcall(string.dump, "f"))
print(pcall(string.dump, {}))
print(pcall(string.dump, print))
print(pcall(string.dump, string.dump))
print(pcall(string.dump, coroutine.wrap(function() end)))
print(pcall(function() return ("s"):dump() end))
print(pcall(function() local s = string.dump(print) return s end))
print(select('#', string.dump(function() end)))
