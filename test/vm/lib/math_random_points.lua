-- Every math function at pseudo-random points across magnitudes (bit-exact agreement with the C library)
local seed = 987654321
local function rnd() seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648 end
local function fmt(v) return string.format("%.17g", v) end
local one = {"abs", "ceil", "floor", "sqrt", "sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh",
  "exp", "log", "log10", "deg", "rad"}
for i = 1, 60 do
  local x = (rnd() - 0.5) * 2 ^ math.floor(rnd() * 40 - 20)
  local y = (rnd() - 0.5) * 2 ^ math.floor(rnd() * 12 - 6)
  local out = {fmt(x), fmt(y)}
  for _, n in ipairs(one) do out[#out + 1] = fmt(math[n](x)) end
  local m, e = math.frexp(x)
  local ip, fp = math.modf(x)
  out[#out + 1] = fmt(m) .. "," .. e .. "," .. fmt(ip) .. "," .. fmt(fp)
  out[#out + 1] = fmt(math.atan2(x, y)) .. "," .. fmt(math.pow(math.abs(x), y)) .. "," .. fmt(math.fmod(x, y)) .. ","
    .. fmt(math.ldexp(x, math.floor(y * 100))) .. "," .. fmt(math.log(math.abs(x), math.abs(y))) .. ","
    .. fmt(math.min(x, y)) .. "," .. fmt(math.max(x, y))
  print(i, table.concat(out, " "))
end
