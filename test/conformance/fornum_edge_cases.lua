local function trips(a, b, c)
  local n = 0
  if c then for i = a, b, c do n = n + 1; if n > 1000 then break end end
  else for i = a, b do n = n + 1; if n > 1000 then break end end end
  return n
end
print(trips(1, 10), trips(10, 1), trips(1, 10, -1), trips(10, 1, -1))
print(trips(1, 1), trips(1, 1, -1), trips(0, 0.99), trips(-1, -1.5, -0.5))
print(trips(1, 2, 0.1), trips(0, 10, 2.5), trips(1e10, 1e10 + 5))
print(trips(1, 3, 1e-300) > 1000 and "huge" or "small")
print(pcall(function() for i = 1, 10, 0 do return "zero step runs" end return "no trip" end))
print(pcall(function() for i = 1, "x" do end end))
print(pcall(function() for i = nil, 2 do end end))
print(pcall(function() for i = 1, 2, {} do end end))
local last
for i = 0.1, 0.35, 0.05 do last = i end
print(string.format("%.17g", last))
for i = -0.0, 0 do print("negzero start", i) end
for i = 2 ^ 31 - 2, 2 ^ 31 + 1 do io.write(i, " ") end print()
for i = -2 ^ 31 + 1, -2 ^ 31 - 1, -1 do io.write(i, " ") end print()
