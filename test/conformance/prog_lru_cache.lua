local function LRU(cap)
  local map, order = {}, {}
  local self = {}
  local function touch(k)
    for i, v in ipairs(order) do if v == k then table.remove(order, i) break end end
    order[#order + 1] = k
  end
  function self.get(k) local v = map[k] if v ~= nil then touch(k) end return v end
  function self.put(k, v)
    if map[k] == nil and #order >= cap then local old = table.remove(order, 1); map[old] = nil end
    map[k] = v
    touch(k)
  end
  function self.keys() return table.concat(order, ",") end
  return self
end
local c = LRU(3)
c.put("a", 1) c.put("b", 2) c.put("c", 3)
print(c.keys())
print(c.get("a"), c.keys())
c.put("d", 4)
print(c.keys(), c.get("b"), c.get("c"))
c.put("a", 10)
print(c.keys(), c.get("a"))
for i = 1, 10 do c.put("k" .. i, i) end
print(c.keys(), c.get("k8"), c.get("k1"))
