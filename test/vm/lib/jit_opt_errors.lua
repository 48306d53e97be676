-- jit.opt.start argument errors: non-strings, nil holes, bad flags (after the good ones took effect).
jit.off()
local function flags()
  local t = {jit.status()}
  local out = {}
  for i = 2, #t do if t[i]:match("^%l+$") then out[#out + 1] = t[i] end end
  return table.concat(out, " ")
end
print(pcall(jit.opt.start, nil))
print(pcall(jit.opt.start, "fold", nil))
print(pcall(jit.opt.start, nil, "fold"))
print(pcall(jit.opt.start, {}))
print(pcall(jit.opt.start, "fold", {}))
print(pcall(jit.opt.start, true))
print(pcall(jit.opt.start, print))
print(pcall(jit.opt.start, 2.5))
print(pcall(jit.opt.start, -3))
print(pcall(jit.opt.start, 1e100))
print(pcall(jit.opt.start, 0/0))
print(pcall(jit.opt.start, 1/0))
-- Arguments before the bad one are applied.
print(pcall(jit.opt.start, "-fold", "bad", "-cse"))
print(flags())
print(pcall(jit.opt.start, "0", {}, "3"))
print(flags())
jit.opt.start()
-- From Lua code: position and name.
print(pcall(function() jit.opt.start("bad") end))
print(pcall(function() jit.opt.start(true) end))
print(pcall(function() jit.opt.start("fold", "cse", nil) end))
print(pcall(function() local o = jit.opt o.start("x=1") end))
print(pcall(function() local start = jit.opt.start start("nofma") end))
print(flags())
