local base = {greet = "hello", n = 1}
local derived = setmetatable({own = "mine"}, {__index = base})
print(derived.own, derived.greet, derived.n, derived.missing)
print(rawget(derived, "greet"), rawget(derived, "own"))
base.late = "added later"
print(derived.late)
derived.greet = "shadow"
print(derived.greet, base.greet)
local a = setmetatable({}, {__index = setmetatable({mid = "m"}, {__index = {top = "t"}})})
print(a.mid, a.top, a.none)
local chain = {}
local cur = chain
for i = 1, 20 do
  local nxt = {["lvl" .. i] = i}
  setmetatable(cur, {__index = nxt})
  cur = nxt
end
print(chain.lvl1, chain.lvl10, chain.lvl20, chain.lvl21)
local arr = setmetatable({}, {__index = {10, 20, 30}})
print(arr[1], arr[2], arr[3], #arr)
local cnt = 0
for _ in pairs(derived) do cnt = cnt + 1 end
print("own keys", cnt)
