-- jit.status(): on/off first, then CPU features (machine dependent: not printed), then the
-- optimisation flags that are set, in LuaJIT's order.
local function flags()
  local t = {jit.status()}
  local out = {}
  for i = 2, #t do
    if type(t[i]) ~= "string" then out[#out + 1] = "?" .. type(t[i]) end
    if t[i]:match("^%l+$") then out[#out + 1] = t[i] end
  end
  return t[1], table.concat(out, " ")
end
jit.off()
print(flags())
jit.on()
print(flags())
jit.off()
print(flags())
-- Every result is a string after the first; CPU names are upper case.
local t = {jit.status()}
local ok = type(t[1]) == "boolean"
for i = 2, #t do ok = ok and type(t[i]) == "string" and (t[i]:match("^%l+$") or t[i]:match("^[%u%d%.]+$")) ~= nil end
print(ok)
-- Arguments are ignored.
print((jit.status(1, 2, 3)), (jit.status(nil)), (jit.status({})))
-- Flags follow jit.opt.start.
jit.opt.start(0) print(flags())
jit.opt.start(1) print(flags())
jit.opt.start(2) print(flags())
jit.opt.start("+fwd", "+sink") print(flags())
jit.opt.start("-fold", "-loop") print(flags())
jit.opt.start() print(flags())
jit.opt.start("-fuse") print(flags())
jit.opt.start(3) print(flags())
