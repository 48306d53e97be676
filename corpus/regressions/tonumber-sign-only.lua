-- caught: tonumber("+") and tonumber("-") returned nan instead of nil, breaking a token scanner (prog_rpn_calculator)
local toks = {"+", "-", "+1", "-2", " - ", "inf", "-inf", "nan", "0x", "1e", "--1"}
for _, s in ipairs(toks) do
  local n = tonumber(s)
  print(s, n == nil and "nil" or (n ~= n and "nan" or n))
end
