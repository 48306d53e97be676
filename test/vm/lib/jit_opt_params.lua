-- jit.opt.start parameters: name=digits for every parameter; malformed values.
jit.off()
local params = {"maxtrace", "maxrecord", "maxirconst", "maxside", "maxsnap", "minstitch", "hotloop", "hotexit",
                "tryside", "instunroll", "loopunroll", "callunroll", "recunroll", "sizemcode", "maxmcode"}
for _, p in ipairs(params) do
  print(p, select("#", jit.opt.start(p .. "=1")), pcall(jit.opt.start, p .. "=0"), pcall(jit.opt.start, p .. "="),
        pcall(jit.opt.start, p .. "=123456"), pcall(jit.opt.start, p .. "=99999999999999999999"))
end
for _, a in ipairs{"hotloop", "hotloop=x", "hotloop=1x", "hotloop=-1", "hotloop=+1", "hotloop= 1", "hotloop=1 ",
                   "hotloop=1.5", "hotloop=0x10", "hotloop==1", "Hotloop=1", "hot=1", "hotloopx=1", "xhotloop=1",
                   "=1", "=", "fold=1", "3=1", "hotloop=1=2"} do
  print(("%q"):format(a), pcall(jit.opt.start, a))
end
-- Zero bytes end the C string.
print(pcall(jit.opt.start, "hotloop=5\0x"))
print(pcall(jit.opt.start, "hotloop=\0"))
print(pcall(jit.opt.start, "hot\0loop=1"))
-- Mixed with levels and flags; parameters do not change the flags.
print(pcall(jit.opt.start, "2", "hotloop=56", "+fold", "maxtrace=1000"))
local t = {jit.status()}
local out = {}
for i = 2, #t do if t[i]:match("^%l+$") then out[#out + 1] = t[i] end end
print(table.concat(out, " "))
-- The defaults again.
jit.opt.start("maxtrace=1000", "maxrecord=4000", "maxirconst=500", "maxside=100", "maxsnap=500", "minstitch=0",
              "hotloop=56", "hotexit=10", "tryside=4", "instunroll=4", "loopunroll=15", "callunroll=3",
              "recunroll=2", "sizemcode=64", "maxmcode=512")
jit.opt.start(3)
print("ok")
