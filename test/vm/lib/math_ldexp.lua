-- math.ldexp over pairs of -0, +-inf, NaN, huge, subnormal, +-2^31, 2^52, 2^53 and ordinary values
local vals = {0, -0, 1/0, -1/0, 0/0, 1, -1, 0.5, -0.5, 2, -2, 2.5, -3, 10, 0.1, 2^31, -2^31, 2^52 + 1, 2^53, -2^53,
  1e300, -1e300, 5e-324, -5e-324, 2.2250738585072014e-308, 1024, -1075, 1e-8}
local function fmt(v) return string.format("%.17g", v) end
for i, v in ipairs(vals) do
  local out = {}
  for j, w in ipairs(vals) do out[j] = fmt(math.ldexp(v, w)) end
  print("ldexp", i, fmt(v), table.concat(out, " "))
end
print(math.ldexp("2", "3"), math.ldexp(" 0x10 ", 2), math.ldexp("-0", "0"), math.ldexp(3, 2, "ignored", {}))
print(pcall(math.ldexp))
print(pcall(math.ldexp, 1))
print(pcall(math.ldexp, nil, 1))
print(pcall(math.ldexp, 1, nil))
print(pcall(math.ldexp, "x", 1))
print(pcall(math.ldexp, 1, "y"))
print(pcall(math.ldexp, {}, {}))
print(pcall(function() local r = math.ldexp(1, true); return r end))
for i = -1080, 1030, 53 do io.write(fmt(math.ldexp(1.5, i)), " ") end print()
for _, e in ipairs({1.5, -1.5, 0.99, -0.99, 1023.99, -1074.5, 2^31, -2^31 - 5, 2^53, 1e300, -1e300}) do print(fmt(e), fmt(math.ldexp(1, e)), fmt(math.ldexp(-3, e)), fmt(math.ldexp(5e-324, e)), fmt(math.ldexp(0, e)), fmt(math.ldexp(-0, e))) end
for _, m in ipairs({3, 1.5, 1.25, 1.75, 2.5, 3.5, 1.0000000000000002}) do io.write(fmt(math.ldexp(m, -1075)), " ", fmt(math.ldexp(m, -1074)), " ", fmt(math.ldexp(m, -1073)), " ") end print()
