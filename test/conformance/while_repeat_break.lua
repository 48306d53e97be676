local i = 0
while i < 5 do i = i + 1 end
print("while", i)
local j = 10
repeat j = j - 3 until j < 0
print("repeat", j)
local k = 0
while true do
  k = k + 1
  if k == 7 then break end
end
print("break at", k)
local x = 0
repeat
  local y = x * 2
  x = x + 1
until y >= 6
print("repeat scope", x)
local found
for a = 1, 10 do
  for b = 1, 10 do
    if a * b == 42 then found = a .. "x" .. b; break end
  end
  if found then break end
end
print("found", found)
local n = 0
while n < 3 do
  n = n + 1
  local m = 0
  repeat m = m + 1; if m == 2 then break end until false
  io.write(n, ":", m, " ")
end
print()
local c = 0
repeat c = c + 1 until true
print("once", c)
while false do print("never") end
local fs = {}
local w = 0
while w < 3 do w = w + 1; local cw = w; fs[w] = function() return cw end; if w == 2 then break end end
print(#fs, fs[1](), fs[2]())
