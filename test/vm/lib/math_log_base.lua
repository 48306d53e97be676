-- math.log over pairs of -0, +-inf, NaN, huge, subnormal, +-2^31, 2^52, 2^53 and ordinary values
local vals = {0, -0, 1/0, -1/0, 0/0, 1, -1, 0.5, -0.5, 2, -2, 2.5, -3, 10, 0.1, 2^31, -2^31, 2^52 + 1, 2^53, -2^53,
  1e300, -1e300, 5e-324, -5e-324, 2.2250738585072014e-308, 1024, -1075, 1e-8}
local function fmt(v) return string.format("%.17g", v) end
for i, v in ipairs(vals) do
  local out = {}
  for j, w in ipairs(vals) do out[j] = fmt(math.log(v, w)) end
  print("log", i, fmt(v), table.concat(out, " "))
end
print(math.log("2", "3"), math.log(" 0x10 ", 2), math.log("-0", "0"), math.log(3, 2, "ignored", {}))
print(pcall(math.log))
print(pcall(math.log, 1))
print(pcall(math.log, nil, 1))
print(pcall(math.log, 1, nil))
print(pcall(math.log, "x", 1))
print(pcall(math.log, 1, "y"))
print(pcall(math.log, {}, {}))
print(pcall(function() local r = math.log(1, true); return r end))
for i = 1, 20 do print(i, fmt(math.log(i, 2)), fmt(math.log(i, 10)), fmt(math.log(i, 3)), fmt(math.log(2 ^ i, 2)), fmt(math.log(10 ^ i, 10)), fmt(math.log(i, 0.5))) end
print(fmt(math.log(1000, 10)), fmt(math.log(2^1023, 2)), fmt(math.log(5e-324, 2)), fmt(math.log(8, "2")), fmt(math.log("1e3", 10)))
