-- jit.util is a module: require("jit.util"), not a field of jit; its loader sits in package.preload.
jit.off()
print(jit.util, rawget(jit, "util"))
print(type(package.preload["jit.util"]), package.loaded["jit.util"])
local u = require("jit.util")
print(type(u), jit.util, package.loaded["jit.util"] == u, require("jit.util") == u)
local ks = {}
for k, v in pairs(u) do ks[#ks + 1] = k .. ":" .. type(v) end
table.sort(ks)
print(table.concat(ks, " "))
-- The loader makes a new table of new functions on every call.
local u2 = package.preload["jit.util"]("jit.util")
print(type(u2), u2 == u, u2.funcinfo == u.funcinfo, type(u2.funcinfo))
print(select("#", package.preload["jit.util"]()))
-- jit and jit.opt are registered modules too.
print(package.loaded.jit == jit, package.loaded["jit.opt"] == jit.opt, require("jit") == jit, require("jit.opt") == jit.opt)
