-- caught: LuaJIT 2.1.0-beta3's JIT: math.min(inf, nan) in a trace is inf, the interpreter gives nan (divergence-84fb295b, seed 4242); a trace-compiler target for our JIT
if jit then jit.opt.start("hotloop=1") end
local arr38 = {}
local n39 = ({b = 0 / 0}).b
for w42 = 0, 5 do
  print(table.concat(arr38))
  table.insert(arr38, math.min(math.huge, n39))
end
