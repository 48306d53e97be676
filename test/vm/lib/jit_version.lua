-- jit.version, version_num, os, arch; the jit and jit.opt tables' keys.
print(jit.version, type(jit.version))
print(jit.version_num, type(jit.version_num), math.floor(jit.version_num / 10000))
print(jit.os, jit.arch)
print(jit.version:match("^LuaJIT (%d+)%.(%d+)%.(%d+)"))
local function keys(t)
  local ks = {}
  for k, v in pairs(t) do ks[#ks + 1] = k .. ":" .. type(v) end
  table.sort(ks)
  return table.concat(ks, " ")
end
print(keys(jit))
print(keys(jit.opt))
print(jit.util, rawget(jit, "util"), jit.profile)
print(type(jit.on), type(jit.off), type(jit.flush), type(jit.status), type(jit.attach), type(jit.security))
-- The fields are ordinary table entries.
local v = jit.version
jit.version = "x"
print(jit.version)
jit.version = v
print(jit.version == v, rawequal(jit, _G.jit))
