// Poison programs (each changes one piece of process state) and probe programs (each observes many)
// for isolation.test.ts. Every program must be deterministic in a fresh process.

/** 70 distinct loops of 20 iterations with the JIT on: below hotloop=56, so nothing is compiled, but
 *  every one of the 64 hotcount slots is decremented; jit.flush() would not reset them. */
const HOTCOUNT_POISON = `if jit then jit.on() end\nlocal s = 0\n${
  Array.from({ length: 70 }, (_, i) => `for i = 1, 20 do s = s + ${i} end`).join('\n')}\nprint(s)`;

/** [name, source]: each changes global state a later program could observe. */
export const POISONS: readonly (readonly [string, string])[] = [
  ['nothing', ''],
  ['new globals', 'x = 1 y = {} _G.z = print'],
  ['replaced global', 'print = function() io.write("P!") end tostring = function() return "T" end'],
  ['_G metatable', 'setmetatable(_G, {__index = function(_, k) return "G:" .. tostring(k) end, __newindex = function(t, k) rawset(t, k, "N") end})'],
  ['_G = nil', '_G = nil'],
  ['string.rep replaced', 'string.rep = function() return "R" end string.extra = 1'],
  ['string metatable __index', 'getmetatable("").__index = function(_, k) return function() return "S" end end'],
  ['string metatable replaced', 'debug.setmetatable("", {__index = {rep = function() return "S2" end}, __add = function() return 42 end})'],
  ['library table metatable', 'setmetatable(string, {__index = function() return "meta" end}) setmetatable(math, {__metatable = "locked"})'],
  ['number metatable', 'debug.setmetatable(0, {__index = function() return "N" end, __call = function() return "called" end})'],
  ['nil metatable', 'debug.setmetatable(nil, {__index = function() return "nilidx" end})'],
  ['boolean metatable', 'debug.setmetatable(true, {__tostring = function() return "B" end, __index = {b = 1}})'],
  ['function metatable', 'debug.setmetatable(print, {__index = {f = 1}, __concat = function() return "fc" end})'],
  ['thread metatable', 'debug.setmetatable(coroutine.create(function() end), {__index = {th = 1}})'],
  ['package.loaded', 'package.loaded.string = nil package.loaded.foo = {} package.preload.bar = function() return "bar" end'],
  ['package.path', 'package.path = "./?.x" package.cpath = ""'],
  ['package.loaders', 'table.insert(package.loaders, 1, function(n) return function() return "L:" .. n end end)'],
  ['registry', 'local r = debug.getregistry() r.x = 1 r._LOADED = {}'],
  ['math.randomseed', 'math.randomseed(7) print(math.random(100))'],
  ['math.random consumed', 'for i = 1, 10 do math.random() end'],
  ['module()', 'module("tfzmod", package.seeall) modvar = 1'],
  ['jit.off', 'if jit then jit.off() end'],
  ['jit.on', 'if jit then jit.on() end'],
  ['jit.opt.start', 'if jit then jit.opt.start("hotloop=1000", "-fold", "maxtrace=3") end'],
  ['jit.attach', 'if jit then jit.attach(function(w) print("EV", w) end, "trace") for i = 1, 300 do end end'],
  ['jit.off(builtin)', 'if jit then jit.off(table.remove, true) end local t = {} for i = 1, 100 do t[i] = i table.remove(t) end'],
  ['hotcounts', HOTCOUNT_POISON],
  ['require jit.util', 'if jit then local u = require("jit.util") print(type(u.funcinfo)) end'],
  ['collectgarbage stop', 'collectgarbage("stop")'],
  ['collectgarbage pause', 'collectgarbage("setpause", 1000) collectgarbage("setstepmul", 1000)'],
  ['io.output', 'io.output(io.tmpfile()) print("print still to stdout") io.write("to the file")'],
  ['io.input', 'io.input(io.tmpfile())'],
  ['io.stdout:setvbuf', 'io.stdout:setvbuf("no") io.write("unbuffered")'],
  ['FILE* methods', 'getmetatable(io.stdout).__index = {}'],
  ['std file metatable', 'debug.setmetatable(io.stdout, {})'],
  ['setfenv(0)', 'setfenv(0, {print = print})'],
  ['setfenv(library function)', 'pcall(setfenv, io.write, {}) debug.setfenv(print, {})'],
  // Names spelt so that no text test on the source can see them.
  ['setfenv unnamed', 'local d = _G["de" .. "bug"] d["set" .. "fenv"](print, {}) d["set" .. "fenv"](io.write, {}) ' +
    'd["set" .. "fenv"](string.gmatch, {})'],
  ['setfenv(std file)', 'debug.setfenv(io.stdout, {}) debug.setfenv(io.stdin, {x = 1})'],
  ['loadstring globals', 'loadstring("y = 1 string.z = 2")()'],
  ['coroutine leftovers', 'co = coroutine.wrap(function() coroutine.yield(1) end) co() ' +
    'C2 = coroutine.create(function() coroutine.yield() end) coroutine.resume(C2)'],
  ['hook left installed', 'debug.sethook(function(e) io.write(e, " ") end, "cr") print(1)'],
  ['count hook left installed', 'local n = 0 debug.sethook(function() n = n + 1 end, "", 1) print("counting")'],
  ['hook that raises', 'debug.sethook(function() error("hooked") end, "l")\nprint("after")\nprint("never")'],
  ['os.exit(3)', 'io.write("bye") os.exit(3)'],
  ['os.exit(true) with output', 'io.stdout:write("partial") print(" more") os.exit(true)'],
  ['finalizer at exit', 'local p = newproxy(true) getmetatable(p).__gc = function() print("gc at exit") FIN = 1 end P = p print("end")'],
  ['finalizer unnamed', 'local p = _G["new" .. "proxy"](true) getmetatable(p)["__" .. "gc"] = function() ' +
    'string.fin = 1 FIN2 = 2 _G["de" .. "bug"].setmetatable(0, {__index = {n = 1}}) end P = p'],
  ['finalizer calls os.exit', 'local p = newproxy(true) getmetatable(p).__gc = function() print("fin") os.exit(5) end P = p print("end")'],
  ['error object with finalizer', 'local p = newproxy(true) getmetatable(p).__gc = function() print("error object collected") end error(p)'],
  ['debug.traceback replaced', 'debug.traceback = function() return "TB" end error("x")'],
  ['locale', 'os.setlocale("C.UTF-8")'],
  ['file left behind', 'local f = io.open("leftover.txt", "w") f:write("x") f:close() os.remove("prog.lua")'],
  ['io.write return value', 'print(io.write("a") == io.output(), io.stdout:write("b") == io.stdout)'],
  ['ffi.cdef', 'local ok, ffi = pcall(require, "ffi") if ok then ffi.cdef("struct tfz_s { int a; };") end'],
  ['ffi unnamed', 'local ok, f = pcall(require, "f" .. "fi") if ok then f.cdef("struct tfz_s { int a; };") end'],
  ['syntax error', 'x = = 1'],
];

/** Poisons the persistent driver answers through a fresh process: they end it, or leave a hook running. */
export const MAY_FALL_BACK: ReadonlySet<string> = new Set(['os.exit(3)', 'os.exit(true) with output',
  'finalizer calls os.exit', 'hook left installed', 'count hook left installed', 'hook that raises'].map((n) => `poison ${n}`));

/** Poisons a reference gives differently in the driver, for reasons the driver's header lists. */
export const KNOWN_DIFFERENCES: Readonly<Record<string, ReadonlySet<string>>> = {
  // lua5.1 looks a file's __close up in its environment when lua_close collects it at exit: a fresh
  // process dies (SIGSEGV), the driver has put the environment back by then.
  lua51: new Set(['setfenv(std file)']),
};

/** Programs after which the persistent driver is replaced: what they do cannot be undone in-process. */
export const MAY_RETIRE: ReadonlySet<string> = new Set(['poison io.stdout:setvbuf', 'poison ffi.cdef', 'poison ffi unnamed',
  'probe ffi']);

/** Observes globals, library tables, metatables, GC, I/O, random state, hooks, locale, files. */
const PROBE_STATE = `
local out = {}
local function put(...) for i = 1, select("#", ...) do out[#out + 1] = tostring((select(i, ...))) end end
local function keys(t)
  local ks = {}
  for k, v in pairs(t) do
    local d = type(v)
    if d == "function" then d = debug.getinfo(v, "S").what .. tostring(v):gsub("0x%x+", "") end
    ks[#ks + 1] = tostring(k) .. "=" .. d
  end
  table.sort(ks)
  return table.concat(ks, " ")
end
put("G", keys(_G), getmetatable(_G))
for _, n in ipairs({"string", "table", "math", "io", "os", "coroutine", "debug", "package", "bit", "jit"}) do
  local t = rawget(_G, n)
  put(n, type(t) == "table" and keys(t) or type(t), getmetatable(t))
end
put("loaded", keys(package.loaded), "preload", keys(package.preload), package.path, package.cpath, #package.loaders)
local r = debug.getregistry()
put("registry", type(r._LOADED), r._LOADED == package.loaded, r.x)
put("stringmt", keys(getmetatable("")), getmetatable("").__index == string, ("x"):rep(3))
for _, v in ipairs({0, true, print, coroutine.create(function() end)}) do put(type(v), debug.getmetatable(v)) end
put("nil", debug.getmetatable(nil), pcall(function() return (nil).x end))
put(tostring(true), pcall(function() return (0).x end))
put("random", math.random(1000), math.random(1000), math.random())
put("gc", collectgarbage("setpause", 200), collectgarbage("setstepmul", 200))
local c0 = collectgarbage("count")
for i = 1, 200000 do local t = {i} end
put("gc running", collectgarbage("count") - c0 < 4000)
put("locale", os.setlocale())
put("env", getfenv(0) == _G, getfenv(1) == _G, loadstring("return _G")() == _G)
put("io", io.output() == io.stdout, io.input() == io.stdin, io.type(io.stdout), io.read())
put("hook", debug.gethook())
put("arg", arg and arg[0], arg and arg[-1], select("#", ...))
put("files", io.open("leftover.txt") ~= nil, io.open("prog.lua") ~= nil)
-- getfenv(f) of a C function gives the thread's environment in LuaJIT; debug.getfenv gives its own.
put("fenv", getfenv(print) == _G, pcall(io.write, ""), debug.getfenv(print) == _G, debug.getfenv(io.write) == _G,
  debug.getfenv(io.stdout) == debug.getfenv(io.stderr), debug.getfenv(string.gmatch) == _G)
print(table.concat(out, "\\n"))
`;

/** A loop's first trace: where it starts depends on hotloop, the hotcounts and leftover handlers; then
 *  whether a loop calling a builtin written in Lua compiles. */
const PROBE_JIT = `
if not jit then print("no jit") return end
print(jit.status())
jit.on()
local I, first, n = 0, nil, 0
local function ev(what) n = n + 1 if what == "start" and not first then first = I end end
jit.attach(ev, "trace")
for i = 1, 300 do I = i end
local s = 0
for i = 1, 300 do s = s + i % 7 end
jit.attach(ev)
print(first, n, s, require("jit.util").traceinfo(1) ~= nil, require("jit.util").traceinfo(4) ~= nil)
-- table.remove is bytecode in LuaJIT: jit.off(table.remove, true) would make this loop's traces abort.
-- Only aborts are printed: whether table.remove's own header or the loop gets hot first depends on
-- whether their hotcount slots, indexed by bytecode address, coincide, which varies in a driver.
local starts, aborts = 0, 0
local function ev2(w) if w == "start" then starts = starts + 1 elseif w == "abort" then aborts = aborts + 1 end end
jit.attach(ev2, "trace")
local t = {}
for i = 1, 200 do t[#t + 1] = i table.remove(t) end
jit.attach(ev2)
print(starts > 0, aborts)
`;

/** Output through every route, then an error through a metatable. */
const PROBE_OUTPUT = `io.write("a") io.stdout:write("b") print("c") io.output():write("d\\n")
error(setmetatable({}, {__tostring = function() return "ts error" end}))`;

/** C declarations last for the life of the process: a fresh one accepts this definition. */
const PROBE_FFI = `local ok, ffi = pcall(require, "ffi")
if not ok then print("no ffi") return end
print(pcall(ffi.cdef, "struct tfz_s { int a; };"))`;

export const PROBES: readonly (readonly [string, string])[] = [
  ['state', PROBE_STATE],
  ['jit', PROBE_JIT],
  ['output', PROBE_OUTPUT],
  ['error level', 'local function f() error("up two", 3) end f()'],
  ['error nil', 'print(select("#", ...)) error()'],
  ['ffi', PROBE_FFI],
];

/** For our VM in the pool: the portable poisons and probes (the VM is fresh per program anyway). */
const VM_SKIP = new Set(['jit.attach', 'jit.off(builtin)', 'hotcounts', 'require jit.util', 'jit.opt.start', 'hook that raises',
  'ffi.cdef', 'ffi unnamed']);
/** Our VM hashes tables and functions by heap address, deterministically (a reference does not: ASLR):
 *  pairs order over such keys shows whether a VM starts from the same heap as in a fresh process. */
const PROBE_ADDRESSES = `local t = {}
for i = 1, 40 do t[i % 2 == 0 and {} or function() end] = i end
local s = {}
for _, v in pairs(t) do s[#s + 1] = v end
print(table.concat(s, ","))`;
const VM_ONLY_POISONS: readonly (readonly [string, string])[] = [
  ['large heap', 'local t = {} for i = 1, 200000 do t[i] = {i} end KEEP = t S = string.rep("x", 1e6)'],
];
export const VM_POISONS = [...POISONS.filter(([n]) => !VM_SKIP.has(n)), ...VM_ONLY_POISONS];
export const VM_PROBES = [...PROBES.filter(([n]) => n !== 'jit' && n !== 'ffi'), ['addresses', PROBE_ADDRESSES] as const];
