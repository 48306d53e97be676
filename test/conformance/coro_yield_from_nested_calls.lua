local function helper(x) return coroutine.yield(x * 2) end
local function mid(x) local r = helper(x + 1) return r .. "!" end
local co = coroutine.create(function(a) local r1 = mid(a); local r2 = mid(#r1); return r1, r2 end)
print(coroutine.resume(co, 1))
print(coroutine.resume(co, "first"))
print(coroutine.resume(co, "second"))
print(coroutine.status(co))
local mtco = coroutine.wrap(function()
  local t = setmetatable({}, {__index = function(_, k) return k .. "?" end})
  coroutine.yield(t.x)
  local s = 0
  for _, v in ipairs({1, 2, 3}) do s = s + v; coroutine.yield(s) end
  return "fin"
end)
print(mtco(), mtco(), mtco(), mtco(), mtco())
local rec = coroutine.wrap(function()
  local function r(n) if n == 0 then return end coroutine.yield(n) r(n - 1) end
  r(4)
  return "base"
end)
print(rec(), rec(), rec(), rec(), rec())
