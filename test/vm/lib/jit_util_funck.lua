-- jit.util.funck(f, idx): number constants at 0.., GC constants (strings, tables, prototypes) at -1..
jit.off()
local u = require("jit.util")
local function show(name, f)
  local fi = u.funcinfo(f)
  print(name, "nconsts", fi.nconsts, "gcconsts", fi.gcconsts)
  for i = -fi.gcconsts - 2, fi.nconsts + 1 do
    local n = select("#", u.funck(f, i))
    local k = u.funck(f, i)
    local shown = k
    if type(k) == "table" then
      local ks = {}
      for kk, vv in pairs(k) do ks[#ks + 1] = tostring(kk) .. "=" .. tostring(vv) end
      table.sort(ks)
      shown = "{" .. table.concat(ks, ",") .. "}"
    elseif type(k) == "proto" then
      shown = "proto line " .. u.funcinfo(k).linedefined
    elseif type(k) == "string" then
      shown = ("%q"):format(k)
    end
    print(name, i, n, type(k), shown)
  end
end
local function nums(x)
  return x + 1.5, x * 65536, x - 1e300, x / 3.25, -0.125, 2^53, 2^53 + 2, 1e-300, 123456789012, 0.1
end
local function strs()
  return "a", "b", "a", "", "\0\1\255", ("x"):rep(3), "a"
end
local function tabs()
  local t1 = {1, 2, 3}
  local t2 = {x = 1, y = "s", [1.5] = true}
  local t3 = {1, nil, 3, k = false}
  local t4 = {}
  return t1, t2, t3, t4
end
local function protos()
  local a = function() return 1 end
  local b = function() return 2 end
  return a, b, function() return function() end end
end
local function mixed(t) return t.field, t[1.5], 70000, "s", {1}, function() end, t["other"], 100000 end
show("nums", nums)
show("strs", strs)
show("tabs", tabs)
show("protos", protos)
show("mixed", mixed)
show("none", function() end)
-- The same prototype constant each time; prototypes are values of their own type.
local p1, p2 = u.funck(protos, -1), u.funck(protos, -1)
print(type(p1), rawequal(p1, p2), p1 == p2, p1 ~= u.funck(protos, -2))
local keyed = {[p1] = "by proto"}
print(keyed[p2])
-- Far out of range and non-integer indexes.
for _, i in ipairs{2^31 - 1, -2^31, 2^31, -2^32, 1/0, -1/0, 0/0, 0.5, -0.5, -1.5, "0", "-1"} do
  print(type(i), i, select("#", u.funck(nums, i)), type((u.funck(nums, i))))
end
