-- caught: LuaJIT 2.1.0-beta3's JIT: math.max with a NaN operand in a trace, seen only through an unobserved upvalue store (divergence-a6f4a9cf, seed 4242); a trace-compiler target for our JIT
if jit then jit.opt.start("hotloop=1") end
local H = 0
local function chk(v)
  H = v
end
G2 = 0 / 0
for i13 = 2, 0, -1 do
  chk(math.max(G2 - 1, i13))
end
print("checksum", H)
