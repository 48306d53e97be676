-- jit.opt.start with levels: one digit, 0..3 (4..9 mean 3), as strings or numbers; none = default.
jit.off()
local function flags()
  local t = {jit.status()}
  local out = {}
  for i = 2, #t do if t[i]:match("^%l+$") then out[#out + 1] = t[i] end end
  return table.concat(out, " ")
end
print(flags())
for _, l in ipairs{"0", "1", "2", "3", "4", "5", "9", 0, 1, 2, 3, 7, "1", "0"} do
  print(type(l), l, select("#", jit.opt.start(l)), flags())
end
print(select("#", jit.opt.start()), flags())
jit.opt.start("0", "2") print(flags())
jit.opt.start("2", "0") print(flags())
jit.opt.start("1", "+loop", "3", "-cse") print(flags())
jit.opt.start("0") jit.opt.start() print(flags())
-- Not levels: more than one digit, signs, fractions.
for _, l in ipairs{"10", "00", "-1", "+1", "1.0", 1.5, -1, 10, " 1", "1 "} do
  print(type(l), l, pcall(jit.opt.start, l))
end
print(flags())
