print("a" .. "b" .. "c", "x" .. 1 .. 2, 1 .. 2)
print(1.5 .. "|" .. -0.0 .. "|" .. 1e20 .. "|" .. 2 ^ 53)
print(1 / 0 .. "", -1 / 0 .. "", 0.1 .. "")
local parts = {}
for i = 1, 10 do parts[#parts + 1] = i .. "" end
print(table.concat(parts, "-"))
local s = ""
for i = 1, 5 do s = s .. i .. "," end
print(s)
print(pcall(function() return "a" .. {} end))
print(pcall(function() return "a" .. nil end))
print(pcall(function() return true .. "a" end))
local mt = {__concat = function(a, b)
  local av = type(a) == "table" and a.v or a
  local bv = type(b) == "table" and b.v or b
  return "<" .. av .. "+" .. bv .. ">"
end}
local o = setmetatable({v = "O"}, mt)
print(o .. "s", "s" .. o, o .. o, 1 .. o)
print("a" .. "b" .. o .. "c" .. "d")
print(#("abc" .. "def"), ("x"):rep(3) .. "y")
print("\0" .. "z" == "\0z", #("\0\0" .. "\0"))
