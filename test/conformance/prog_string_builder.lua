local buf = {}
for i = 1, 10 do buf[#buf + 1] = string.format("%02d", i) end
print(table.concat(buf, ":"))
local function join(t, sep)
  local s = ""
  for i, v in ipairs(t) do s = s .. (i > 1 and sep or "") .. tostring(v) end
  return s
end
print(join({1, "two", 3.5, true}, ", "))
local function pad(s, n, ch) return s .. string.rep(ch or " ", n - #s) end
print("[" .. pad("ab", 5) .. "]", "[" .. pad("abc", 3, "*") .. "]", "[" .. pad("x", 4, "-") .. "]")
local rows = {{"name", "qty"}, {"apple", 3}, {"kiwi", 12}}
for _, r in ipairs(rows) do print(pad(tostring(r[1]), 8, ".") .. pad(tostring(r[2]), 4)) end
local words = {}
for w in ("the quick brown fox jumps over the lazy dog"):gmatch("%a+") do words[#words + 1] = w:sub(1, 1):upper() .. w:sub(2) end
print(table.concat(words, " "))
local rev = {}
for i = #words, 1, -1 do rev[#rev + 1] = words[i] end
print(table.concat(rev, " "))
local long = string.rep("abc", 1000)
print(#long, long:sub(1, 6), long:sub(-3))
