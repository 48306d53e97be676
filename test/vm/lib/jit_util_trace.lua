-- Trace reflection with no traces (the JIT is off): traceinfo/traceir/tracek/tracesnap/tracemc answer
-- nothing; traceexitstub gives stub offsets; ircalladdr an address (a number) for each IR call.
jit.off()
local u = require("jit.util")
local nums = {0, 1, 2, 100, -1, 1.5, 2^31, 0/0, 1/0, "1"}
for _, name in ipairs{"traceinfo", "tracemc"} do
  for _, n in ipairs(nums) do print(name, n, select("#", u[name](n))) end
  print(name, pcall(u[name]))
  print(name, pcall(u[name], "x"))
  print(name, pcall(u[name], {}))
  print(name, pcall(u[name], 1, "ignored"))
end
for _, name in ipairs{"traceir", "tracek", "tracesnap"} do
  for _, n in ipairs(nums) do print(name, n, select("#", u[name](n, n)), select("#", u[name](1, n))) end
  print(name, pcall(u[name]))
  print(name, pcall(u[name], 1))
  print(name, pcall(u[name], "x", 1))
  print(name, pcall(u[name], 1, "x"))
  print(name, pcall(u[name], 1, nil))
  print(name, pcall(u[name], nil, 1))
end
for _, n in ipairs{0, 1, 2, 31, 32, 33, 63, 64, 100, 511, 512, 513, 1000, -1, 2^31, 1.5, 0/0, "5"} do
  print("traceexitstub", n, select("#", u.traceexitstub(n)), u.traceexitstub(n))
end
print(select("#", u.traceexitstub(1, 0)), u.traceexitstub(1, 0))
print(pcall(u.traceexitstub))
print(pcall(u.traceexitstub, "x"))
local count = 0
for i = -2, 200 do
  local a = u.ircalladdr(i)
  if a ~= nil then count = count + 1 assert(type(a) == "number") end
end
print("ircalladdr entries", count, select("#", u.ircalladdr(0)), select("#", u.ircalladdr(-1)), select("#", u.ircalladdr(2^31)))
print(pcall(u.ircalladdr))
print(pcall(u.ircalladdr, {}))
print(pcall(function() u.traceir(1) end))
print(pcall(function() u.tracek() end))
print(pcall(function() u.traceexitstub(true) end))
