-- weak tables and finalizers after a full collection
local function count(t) local n = 0 for _ in pairs(t) do n = n + 1 end return n end
local keep = {}
for _, mode in ipairs{"k", "v", "kv"} do
  local w = setmetatable({}, {__mode = mode})
  for i = 1, 20 do
    local t = {}
    if i % 4 == 0 then keep[#keep + 1] = t end
    w[t] = i            -- table key, number value
    w[i] = {}           -- number key, table value
    w["s" .. i] = "v" .. i -- strings are never cleared
    w[function() return i end] = true
  end
  local k = {}; w[k] = k   -- key reachable only through its own value
  k = nil
  collectgarbage()
  collectgarbage()
  local tk, tv, s, f = 0, 0, 0, 0
  for key, v in pairs(w) do
    if type(key) == "table" then tk = tk + 1 elseif type(v) == "table" then tv = tv + 1
    elseif type(key) == "string" then s = s + 1 else f = f + 1 end
  end
  print(mode, count(w), tk, tv, s, f)
end
-- finalizers: run once each, in reverse order of marking, resurrected objects usable
local order = {}
local saved
for i = 1, 5 do
  local p = newproxy(true)
  getmetatable(p).__gc = function(o) order[#order + 1] = i; if i == 3 then saved = o end end
end
collectgarbage()
print(table.concat(order, " "), saved ~= nil, type(saved))
order = {}
saved = nil
collectgarbage()
collectgarbage()
print(#order)
-- a weak-valued cache survives while its values are referenced elsewhere
local cache = setmetatable({}, {__mode = "v"})
local held = {}
for i = 1, 100 do local v = {i} cache[i] = v if i % 10 == 0 then held[#held + 1] = v end end
collectgarbage()
print(count(cache), cache[10][1], cache[100][1], cache[5])
