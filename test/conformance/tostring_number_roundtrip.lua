local vals = {0, 1, -1, 0.5, 1 / 3, 123456789, 1e15, 1e16, 1e-7, 2 ^ 53, 3.14159, -2.5e-10, 1e100}
for _, v in ipairs(vals) do
  local s = tostring(v)
  local back = tonumber(s)
  print(s, back == v, string.format("%.17g", v) == string.format("%.17g", back))
end
print(tostring(1 / 3) + 0 == 1 / 3)
print(tonumber(tostring(0.1)) == 0.1)
local odd = 0
for i = 1, 1000 do
  local v = i / 7
  if tonumber(tostring(v)) ~= v then odd = odd + 1 end
end
print("i/7 values not round-tripping through %.14g", odd)
print(tostring(2 ^ 63) == "9.2233720368548e+18", tostring(-2 ^ 63))
