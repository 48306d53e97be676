local vals = {nil, true, false, 0, 1.5, "s", "", {}, print, function() end, coroutine.create(function() end)}
for i = 1, 11 do io.write(type(vals[i]), " ") end
print()
print(type(nil), type(type), type(type(nil)))
print(pcall(type))
print(type(io.write), type(_G), type(string), type(math.pi))
print(type(setmetatable({}, {__type = "fake"})))
print(type(io.stdout))
local function typeof(...)
  local out = {}
  for i = 1, select("#", ...) do out[i] = type((select(i, ...))) end
  return table.concat(out, ",")
end
print(typeof(1, "2", nil, {}, false))
local counts = {}
for _, v in pairs({1, "a", {}, 2, "b", true, 3.5, print}) do
  local ty = type(v)
  counts[ty] = (counts[ty] or 0) + 1
end
local keys = {}
for k in pairs(counts) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do io.write(k, "=", counts[k], " ") end
print()
