-- table.sort: comparator call sequences, invalid order functions, mixed values
local seed = 12345
local function rnd(n) seed = (seed * 1103515245 + 12345) % 2147483648 return seed % n + 1 end
for trial = 1, 60 do
  local n = rnd(40)
  local t = {}
  for i = 1, n do t[i] = rnd(10) end
  local log = {}
  local mode = trial % 6
  local cmp
  if mode == 0 then cmp = nil
  elseif mode == 1 then cmp = function(a, b) log[#log+1] = a .. "<" .. b return a > b end
  elseif mode == 2 then cmp = function(a, b) log[#log+1] = a .. "<" .. b return a <= b end
  elseif mode == 3 then cmp = function(a, b) return rnd(2) == 1 end
  elseif mode == 4 then cmp = function(a, b) return true end
  else cmp = function(a, b) log[#log+1] = a .. "," .. b return false end end
  local ok, e = pcall(table.sort, t, cmp)
  print(trial, n, ok, e, table.concat(t, " "))
  print(#log, table.concat(log, " "):sub(1, 300))
end
local words = {}
for w in ("the quick brown fox jumps over the lazy dog and then some more words go here"):gmatch("%a+") do words[#words+1] = w end
table.sort(words) print(table.concat(words, " "))
table.sort(words, function(a, b) return #a < #b end) print(table.concat(words, " "))
local t = {3, 1, 2}
table.sort(t, function(a, b) t[4] = 0 return a < b end) print(#t, t[1], t[2], t[3], t[4])
local big = {} for i = 1, 2000 do big[i] = (i * 7919) % 2003 end
table.sort(big) local okk = true for i = 2, #big do if big[i-1] > big[i] then okk = false end end print(okk, big[1], big[2000])
local mixed = {1.5, -0.0, 0, -1e300, 1e300, 1/0, -1/0}
table.sort(mixed) for i = 1, #mixed do io.write(tostring(mixed[i]), " ") end print()
print(pcall(table.sort, {1, 0/0, 2, 0/0, 3}))
print(pcall(table.sort, {"b", "a", "B", "\0", "", "ab"}))
local tt = {"b", "a", "B", "\0", "", "ab"} table.sort(tt) for i = 1, #tt do io.write(string.format("%q", tt[i]), " ") end print()
print(pcall(table.sort, {1, 2, 3}, "x"))
print(pcall(table.sort, "x"))
print(pcall(table.sort, {}))
print(pcall(table.sort, {5}))
