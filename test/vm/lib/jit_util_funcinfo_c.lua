-- jit.util.funcinfo of C functions: ffid (fast functions), addr (a number) and upvalues.
jit.off()
local u = require("jit.util")
local function show(name, f)
  local t = u.funcinfo(f)
  local ks = {}
  for k in pairs(t) do ks[#ks + 1] = k end
  table.sort(ks)
  print(name, t.ffid, type(t.addr), t.upvalues, table.concat(ks, ","))
end
local fs = {
  {"assert", assert}, {"type", type}, {"next", next}, {"pairs", pairs}, {"ipairs", ipairs},
  {"getmetatable", getmetatable}, {"setmetatable", setmetatable}, {"rawget", rawget}, {"rawset", rawset},
  {"rawequal", rawequal}, {"unpack", unpack}, {"select", select}, {"tonumber", tonumber}, {"tostring", tostring},
  {"error", error}, {"pcall", pcall}, {"xpcall", xpcall}, {"loadstring", loadstring}, {"load", load},
  {"collectgarbage", collectgarbage}, {"newproxy", newproxy}, {"print", print},
  {"coroutine.create", coroutine.create}, {"coroutine.resume", coroutine.resume}, {"coroutine.yield", coroutine.yield},
  {"coroutine.status", coroutine.status}, {"coroutine.wrap", coroutine.wrap}, {"coroutine.running", coroutine.running},
  {"math.floor", math.floor}, {"math.sqrt", math.sqrt}, {"math.max", math.max}, {"math.random", math.random},
  {"math.randomseed", math.randomseed}, {"math.fmod", math.fmod}, {"math.log", math.log},
  {"string.byte", string.byte}, {"string.rep", string.rep}, {"string.format", string.format},
  {"string.gsub", string.gsub}, {"string.gmatch", string.gmatch}, {"string.find", string.find},
  {"table.insert", table.insert}, {"table.concat", table.concat}, {"table.sort", table.sort},
  {"jit.on", jit.on}, {"jit.off", jit.off}, {"jit.flush", jit.flush}, {"jit.status", jit.status},
  {"jit.attach", jit.attach}, {"jit.security", jit.security}, {"jit.opt.start", jit.opt.start},
  {"require", require}, {"preload", package.preload["jit.util"]},
}
for _, p in ipairs(fs) do show(p[1], p[2]) end
for _, k in ipairs{"funcinfo", "funcbc", "funck", "funcuvname", "traceinfo", "traceir", "tracek", "tracesnap",
                   "tracemc", "traceexitstub", "ircalladdr"} do show("jit.util." .. k, u[k]) end
-- Iterators and wrappers made at run time.
show("ipairs iterator", (ipairs({})))
show("pairs iterator", (pairs({})))
show("gmatch iterator", string.gmatch("a", "a"))
show("wrap", coroutine.wrap(function() end))
-- The same C function has one address; different ones differ.
print(u.funcinfo(print).addr == u.funcinfo(print).addr, u.funcinfo(print).addr ~= u.funcinfo(type).addr)
print(u.funcinfo(string.gmatch("", "")).addr == u.funcinfo(string.gmatch("x", "y")).addr)
-- A pc argument is not looked at for C functions.
print(u.funcinfo(print, "x").ffid, u.funcinfo(print, {}).ffid)
-- Functions stored elsewhere keep their identity.
local t = {p = print}
print(u.funcinfo(t.p).ffid)
