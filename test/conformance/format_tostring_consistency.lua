local vals = {0, 1, -1, 0.1, 1 / 3, 1e15, 1e16, 123456789012345, 2 ^ 53, 1e-5, 1e300, -1e-300}
for _, v in ipairs(vals) do
  print(tostring(v) == string.format("%.14g", v), tostring(v))
end
print(string.format("%.14g", 100), string.format("%.14g", 1e100))
local mismatches = 0
for i = 1, 2000 do
  local v = i * 1.37e-3 - 1
  if tostring(v) ~= string.format("%.14g", v) then mismatches = mismatches + 1 end
end
print("mismatches", mismatches)
print(tostring(-0.0) == string.format("%.14g", -0.0), tostring(1 / 0), string.format("%.14g", 1 / 0))
