-- jit.security(name): the build's security settings.
for _, m in ipairs{"prng", "strhash", "strid", "mcode"} do print(m, jit.security(m), type(jit.security(m))) end
print(select("#", jit.security("prng")))
for _, v in ipairs{"", "PRNG", "prng ", "x", "mcodes", "strid\0x"} do print(("%q"):format(v), pcall(jit.security, v)) end
print(pcall(jit.security, 1))
print(pcall(jit.security))
print(pcall(jit.security, nil))
print(pcall(jit.security, {}))
print(pcall(jit.security, true))
print(pcall(function() jit.security("nope") end))
print(pcall(function() jit.security() end))
print(pcall(function() local s = jit.security s(false) end))
