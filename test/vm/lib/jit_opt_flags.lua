-- jit.opt.start flags: name, +name, -name, noname, no-name; every flag of LuaJIT.
jit.off()
local function flags()
  local t = {jit.status()}
  local out = {}
  for i = 2, #t do if t[i]:match("^%l+$") then out[#out + 1] = t[i] end end
  return table.concat(out, " ")
end
local all = {"fold", "cse", "dce", "fwd", "dse", "narrow", "loop", "abc", "sink", "fuse"}
for _, f in ipairs(all) do
  jit.opt.start("-" .. f) print("-" .. f, flags())
  jit.opt.start(f) print(f, flags())
  jit.opt.start("no" .. f) print("no" .. f, flags())
  jit.opt.start("+" .. f) print("+" .. f, flags())
  jit.opt.start("no-" .. f) print("no-" .. f, flags())
end
jit.opt.start(0)
for _, f in ipairs(all) do jit.opt.start("+" .. f) print(f, flags()) end
-- Several at once, in order.
jit.opt.start("nofold", "fold", "-fold") print(flags())
jit.opt.start("+fold", "-cse", "+cse", "nodce") print(flags())
-- Not flags.
for _, f in ipairs{"fma", "+fma", "nofma", "FOLD", "+Fold", "no", "no-", "+", "-", "", "nonofold", "no-no-fold",
                   "+-fold", "-+fold", "fold ", " fold", "fol", "folds", "nfold", "n-fold", "--fold", "++fold"} do
  print(("%q"):format(f), pcall(jit.opt.start, f))
end
print(flags())
-- A C string ends at the first zero byte.
print(pcall(jit.opt.start, "nofold\0junk"))
print(flags())
print(pcall(jit.opt.start, "junk\0fold"))
jit.opt.start()
print(flags())
