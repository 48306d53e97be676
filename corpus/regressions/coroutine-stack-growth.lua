-- caught: coroutine stacks were fixed at 16K slots (overflow at ~8K frames vs LuaJIT's ~32K); growth moves them, so open upvalues and resume positions must follow (a negative move was once taken for failure)
local co = coroutine.wrap(function(n)
  local acc = 0
  local function rec(k) if k == 0 then return 0 end local up = k; local f = function() return up end return rec(k - 1) + f() end
  for round = 1, 3 do
    local r = rec(n * round)
    acc = acc + r
    n = coroutine.yield(r)
  end
  return acc
end)
print(co(500), co(1500), co(2500), co(0))
local gens = {}
for i = 1, 50 do gens[i] = coroutine.wrap(function() local function d(k) if k == 0 then coroutine.yield(i) return 0 end return 1 + d(k - 1) end return d(i * 40) end) end
local s = 0 for i = 1, 50 do s = s + gens[i]() end for i = 1, 50 do s = s + gens[i]() end
print(s)
