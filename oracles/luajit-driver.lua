-- tracefuzz persistent driver for luajit / lua5.1 (oracles/driver.ts): runs many programs in one process,
-- each as a fresh `luajit [args] prog.lua` would, restoring the whole initial state after each one.
-- Invoked as `luajit [args] luajit-driver.lua REQUEST_FIFO NONCE [JIT_RESET]`, with prog.lua in its cwd.
--[[
Protocol. stdin is /dev/null and stdout is the programs' own stdout, as for a fresh process. Node writes
prog.lua into the driver's cwd, then a line "R" into the request FIFO. The driver loads prog.lua with
loadfile (chunk "@prog.lua", shebang handling as luajit's), runs it in the real global environment,
restores the state, and appends to stdout a reply that no program can forge:
    "\0TFZ<nonce> <status>[!] <len>\n<len bytes>"   status: ok | error | fresh | hello | fatal
For `error` the bytes are what the fresh process would write to stderr ("luajit: msg\nstack traceback:..."
or nothing for a nil error value). `fresh`: the driver cannot give this program's result (it left a hook
installed, which saw the driver's own code); node asks a fresh process. "!": the program loaded a module
whose effects cannot be undone (ffi, jit.profile); node retires this process after the reply. os.exit
ends the process: node answers that program through a fresh process, and starts another driver.

Restored after every program (snapshot taken at start): every table reachable from _G, the registry and
the metatables (contents and metatables: library tables, package.loaded/preload/loaders/path, the string
metatable, FILE* methods...), the metatables of nil/booleans/numbers/strings/functions/threads and of the
std files, the environments of functions and userdata found there, getfenv(0), io.input()/io.output(),
the locale, math.random's state (randomseed(0) in LuaJIT, srand(1) in PUC), hooks, GC settings; then a
full collection runs the program's __gc finalizers (as lua_close does at exit). Before each program the
JIT is reset: jit.flush(), every param to its default then the oracle's -O arguments again (setting
hotloop resets the hotcounts), builtin Lua functions re-enabled (undoing jit.off(f)/blacklisting), and
jit.on() last if it was on. The driver runs its own code with the JIT off, so it never records traces.

Known differences with a fresh process (node retires the process after programs whose text names
setvbuf, debug.setlocal/setupvalue, ffi or jit.profile, whose effects cannot be undone here; a program
reaching those under a name built at run time is not caught, except ffi/jit.profile through require):
- Frames sit below the main chunk where a fresh process has one C frame: pcalls (LuaJIT: 4, so that
  error(msg, level) at any level up to 7 adds no position, as in a fresh process; level 8 gives "?:0:"),
  xpcall and the driver's loop, stripped of debug info (chunk "=?"). Error messages and positions never
  name the driver, but debug.traceback() shows more lines, debug.getinfo(3) is not nil, and a runaway
  recursion hits "stack overflow" a few levels earlier (LuaJIT -joff: 32733 calls instead of 32741;
  lua5.1: 16378 instead of 16380), nested pcalls hit "C stack overflow" a level or so earlier.
- collectgarbage("count") and collection timing differ; finalizers run after the globals are restored.
  At exit a fresh process finalizes every userdata, the std files included: a program that breaks a std
  file's environment (debug.setfenv(io.stdout, {})) crashes lua5.1 at exit, not here.
- pairs() order over _G or a library table that an earlier program grew may differ (tables keep their
  grown size); os.clock() counts the driver's time; program output to stderr is not captured.
- debug.getregistry()._VMEVENTS: once a program has called jit.attach, the table stays (emptied):
  removing and collecting it crashes LuaJIT 2.1.0-beta3 at the next load.
- LuaJIT keeps state no Lua code resets: the trace-abort penalty PRNG, machine-code addresses, and the
  addresses of bytecode, which index the hotcount slots: whether two hot spots share a slot (and so
  which becomes a trace first) can differ from a fresh process, where it is the same on every run.
  The campaign confirms LuaJIT findings with fresh stock processes (fuzz/luajit/stock.ts);
  ReferenceOracle.runFresh gives one program's fresh-process result.
--]]
local FIFO, NONCE, JIT_RESET = ...
local G = _G
local jit = rawget(G, "jit")
local JIT_WAS_ON = jit and jit.status() or false
if jit then jit.off() end  -- first: the driver's own loops must never be recorded or hot-counted

local type, next, rawget, rawset, rawequal, pcall = type, next, rawget, rawset, rawequal, pcall
local xpcall, loadfile, loadstring, setfenv, getfenv = xpcall, loadfile, loadstring, setfenv, getfenv
local unpack, select, tostring, error = unpack, select, tostring, error
local dbg = debug
local getmt, setmt, dgetfenv, dsetfenv = dbg.getmetatable, dbg.setmetatable, dbg.getfenv, dbg.setfenv
local sethook, getinfo = dbg.sethook, dbg.getinfo
local gcollect, exit, setlocale = collectgarbage, os.exit, os.setlocale
local randomseed = math.randomseed
local byte, sub, rep, find, dump = string.byte, string.sub, string.rep, string.find, string.dump
local concat = table.concat
local stdin, stdout = io.stdin, io.stdout
local io_input, io_output, io_open = io.input, io.output, io.open
local fwrite, fflush, fread = stdout.write, stdout.flush, stdout.read
local jit_on, jit_off, jit_flush = jit and jit.on, jit and jit.off, jit and jit.flush
local opt_start = jit and jit.opt and jit.opt.start

local MARK = "\0TFZ" .. NONCE
local PUC = jit == nil                       -- lua.c and luajit.c report uncaught errors differently
local TRACEBACK = "\nstack traceback:\n\t[C]: ?"  -- what luaL_traceback appends, as far as anyone reads it
local FINALIZE_ROUNDS = 10                   -- lua_close retries finalizers that raise, up to 10 times
local RANDOM_SEED = PUC and 1 or 0           -- srand(1) is C's initial state; LuaJIT seeds with 0.0

-- -- Arguments -------------------------------------------------------------------------------------
-- The program's `arg` is ours with prog.lua instead of the driver and its arguments.
local ARGS, ARGMIN = {}, 0
do
  local a = rawget(G, "arg")
  while a[ARGMIN - 1] ~= nil do ARGMIN = ARGMIN - 1 end
  for i = ARGMIN, -1 do ARGS[i] = a[i] end
  rawset(G, "arg", nil)
end
local PROGNAME = ARGS[ARGMIN]

local function split_commas(s)
  local out, pos = {}, 1
  while true do
    local c = find(s, ",", pos, true)
    local piece = sub(s, pos, c and c - 1 or -1)
    if piece ~= "" then out[#out + 1] = piece end
    if not c then return out end
    pos = c + 1
  end
end

-- jit.opt.start argument lists: every default (from node's params table), then our own -O arguments.
local JIT_OPTS = {}
if jit then
  JIT_OPTS[1] = split_commas(JIT_RESET or "")
  for i = ARGMIN, -1 do
    if sub(ARGS[i], 1, 2) == "-O" then JIT_OPTS[#JIT_OPTS + 1] = split_commas(sub(ARGS[i], 3)) end
  end
end

-- -- The runner: the frames below a program, stripped of debug info -------------------------------
-- lua5.1's string.dump keeps line info; drop it (and local/upvalue names) from the binary chunk.
local function strip_puc(s)
  if byte(s, 7) ~= 1 then return s end  -- only little-endian chunks are rewritten
  local SINT, SSIZE, SINSN, SNUM = byte(s, 8), byte(s, 9), byte(s, 10), byte(s, 11)
  local out, pos = { sub(s, 1, 12) }, 13
  local function int(n)
    local v = 0
    for i = n - 1, 0, -1 do v = v * 256 + byte(s, pos + i) end
    return v
  end
  local function copy(n) out[#out + 1] = sub(s, pos, pos + n - 1); pos = pos + n end
  local function str(keep)
    local n = SSIZE + int(SSIZE)
    if keep then copy(n) else pos = pos + n end
  end
  local function func()
    str(true)                                  -- source
    copy(2 * SINT + 4)                         -- line defined, last line, nups, params, vararg, stack
    copy(SINT + int(SINT) * SINSN)             -- code
    local n = int(SINT); copy(SINT)            -- constants
    for _ = 1, n do
      local t = byte(s, pos); copy(1)
      if t == 1 then copy(1) elseif t == 3 then copy(SNUM) elseif t == 4 then str(true) end
    end
    n = int(SINT); copy(SINT)                  -- nested prototypes
    for _ = 1, n do func() end
    pos = pos + SINT + int(SINT) * SINT        -- line info
    n = int(SINT); pos = pos + SINT            -- local names
    for _ = 1, n do str(false); pos = pos + 2 * SINT end
    n = int(SINT); pos = pos + SINT            -- upvalue names
    for _ = 1, n do str(false) end
    out[#out + 1] = rep("\0", 3 * SINT)
  end
  func()
  return concat(out)
end

-- Sits below every program: `loop` (tail-called from this chunk, so it replaces it) runs
-- xpcall(program, handler) under LAYERS pcalls (LuaJIT gives a stripped Lua frame the position "?:0:",
-- so error(msg, level) must reach C frames first; lua5.1 gives it none). The handler does what
-- luajit.c's / lua.c's traceback() and report() do with an error value and keeps only the resulting
-- text: the error object itself stays nowhere, so its finalizer runs when the program's garbage goes.
-- The collection runs from here, where every stack slot below its call is the runner's own.
local RUNNER = [=[
local ctx = ...
local xpcall, pcall, start, finish, settle, sethook, gethook, jit_off, gcollect =
  ctx.xpcall, ctx.pcall, ctx.start, ctx.finish, ctx.settle, ctx.sethook, ctx.gethook, ctx.jit_off, ctx.gcollect
local type, rawget, getmt, getfenv = ctx.type, ctx.rawget, ctx.getmt, ctx.getfenv
local PUC, TRACEBACK, PROGNAME, LAYERS, ROUNDS = ctx.PUC, ctx.TRACEBACK, ctx.PROGNAME, ctx.LAYERS, ctx.ROUNDS
local RUNNING, HANDLING, FAILED = ctx.RUNNING, ctx.HANDLING, ctx.FAILED
local state, text = RUNNING, nil
local function handler(e)
  state = HANDLING
  local t = type(e)
  if PUC then
    if t == "string" or t == "number" then
      local d = getfenv(0).debug
      if type(d) == "table" then
        local tb = d.traceback
        if type(tb) == "function" then e = tb(e, 2) end
      end
    end
  elseif t == "string" or t == "number" then
    e = e .. TRACEBACK
  elseif e ~= nil then
    local mt, ts = getmt(e), nil
    if mt ~= nil then ts = rawget(mt, "__tostring") end
    if ts ~= nil then
      e = ts(e)
      t = type(e)
      if t == "string" or t == "number" then e = e .. TRACEBACK end
    end
  end
  if e == nil then
    text = ""
  else
    t = type(e)
    if t ~= "string" and t ~= "number" then e = "(error object is not a string)" end
    text = PROGNAME .. ": " .. e .. "\n"
  end
  state = FAILED
end
local function collect()
  for _ = 1, ROUNDS do
    if pcall(gcollect, "collect") then return end
  end
end
if LAYERS == 0 then
  return function()
    while true do
      state = RUNNING
      xpcall(start(), handler)
      local hooked = gethook() ~= nil
      sethook() jit_off()
      settle() collect() finish(state, text, hooked)
    end
  end
end
return function()
  while true do
    state = RUNNING
    pcall(pcall, pcall, pcall, pcall, xpcall, start(), handler)
    local hooked = gethook() ~= nil
    sethook() jit_off()
    settle() collect() finish(state, text, hooked)
  end
end
]=]

local function load_stripped(src)
  local f = loadstring(src, "=?")
  local bc = PUC and strip_puc(dump(f)) or dump(f, true)
  return loadstring(bc, "=?")
end

-- -- Snapshot of the initial state ----------------------------------------------------------------
local REGISTRY = dbg.getregistry()
local TABLES, COPIES, METAS = {}, {}, {}  -- tables in visit order; their contents; their metatables
local ENVS, UMETAS = {}, {}               -- environments of functions/userdata; metatables of userdata
local LUAFNS = {}                         -- builtin functions written in Lua (LuaJIT's table.foreach...)
local REPS = { 0, "", true, print, coroutine.create(function() end) }  -- one value per type with a type metatable
local REP_METAS, NIL_META = {}, getmt(nil)

local function visit(v)
  local t = type(v)
  if t == "table" then
    if COPIES[v] then return end
    local c = {}
    COPIES[v] = c
    TABLES[#TABLES + 1] = v
    for k, x in next, v do c[k] = x; visit(k); visit(x) end
    local mt = getmt(v)
    METAS[v] = mt or false
    visit(mt)
  elseif t == "function" or t == "userdata" then
    if ENVS[v] ~= nil then return end
    local e = dgetfenv(v)
    ENVS[v] = e or false
    visit(e)
    if t == "userdata" then UMETAS[v] = getmt(v) or false; visit(getmt(v)) end
    if t == "function" and jit and getinfo(v, "S").what == "Lua" then LUAFNS[#LUAFNS + 1] = v end
  end
end

local GC_PAUSE = gcollect("setpause", 0); gcollect("setpause", GC_PAUSE)
local GC_STEPMUL = gcollect("setstepmul", 0); gcollect("setstepmul", GC_STEPMUL)
local LOCALE = setlocale()

-- -- Running programs -----------------------------------------------------------------------------
local req = io_open(FIFO, "rb")
if not req then error("cannot open request FIFO " .. tostring(FIFO)) end

local function reply(status, text)
  fwrite(stdout, MARK, " ", status, " ", #text, "\n", text)
  fflush(stdout)
end

-- -- Restoring it ---------------------------------------------------------------------------------
-- Driver code below uses only raw operations and captured functions, so a poisoned metatable or global
-- cannot reach it. What the driver's own code relies on is put back first (sanitise).
local function sanitise()
  sethook()
  if jit then jit_off() end
  for i = 1, #REPS do
    local r = REPS[i]
    if not rawequal(getmt(r), REP_METAS[i]) then setmt(r, REP_METAS[i]) end
  end
  if not rawequal(getmt(nil), NIL_META) then setmt(nil, NIL_META) end
end

-- jit.attach keeps its handlers in registry._VMEVENTS. Removing that table (it is not there at start)
-- and collecting it makes LuaJIT 2.1.0-beta3 crash at the next load (SIGSEGV in the parser): keep the
-- table once made, emptied. Only debug.getregistry() can tell it from a fresh process's registry.
local VMEVENTS = "_VMEVENTS"

local function restore()
  local vmevents = rawget(REGISTRY, VMEVENTS)
  for i = 1, #TABLES do
    local t = TABLES[i]
    local c, mt = COPIES[t], METAS[t] or nil
    if not rawequal(getmt(t), mt) then setmt(t, mt) end
    if mt == nil then  -- no metamethods: plain indexing is raw, and faster than rawget/rawset
      for k in next, t do
        if c[k] == nil then t[k] = nil end
      end
      for k, v in next, c do
        if not rawequal(t[k], v) then t[k] = v end
      end
    else
      for k in next, t do
        if c[k] == nil then rawset(t, k, nil) end
      end
      for k, v in next, c do
        if not rawequal(rawget(t, k), v) then rawset(t, k, v) end
      end
    end
  end
  for o, e in next, ENVS do
    if e and not rawequal(dgetfenv(o), e) then dsetfenv(o, e) end
  end
  for u, mt in next, UMETAS do
    mt = mt or nil
    if not rawequal(getmt(u), mt) then setmt(u, mt) end
  end
  if type(vmevents) == "table" then
    setmt(vmevents, nil)
    for k in next, vmevents do vmevents[k] = nil end
    rawset(REGISTRY, VMEVENTS, vmevents)
  end
  setfenv(0, G)
  io_input(stdin)
  io_output(stdout)
  setlocale(LOCALE)
  randomseed(RANDOM_SEED)
end

-- A failure to restore is the driver's own bug: say so and leave, node starts a new process.
local function protect(f)
  local fine, why = pcall(f)
  if not fine then
    reply("fatal", "driver could not restore the state: " .. tostring(why))
    exit(70)
  end
end

-- Modules whose effects outlive the program and that no Lua code can undo: C declarations and metatypes
-- (ffi), a running profiler (jit.profile). After a program that loaded one, the reply says so ("!") and
-- node retires the process (node also retires it after programs whose text names them: see driver.ts).
local PERMANENT = { "ffi", "jit.profile" }
local LOADED = rawget(REGISTRY, "_LOADED")
local retiring = false
local function loaded_permanent()
  local cur = rawget(REGISTRY, "_LOADED")
  for i = 1, #PERMANENT do
    local n = PERMANENT[i]
    if rawget(LOADED, n) ~= nil or (type(cur) == "table" and rawget(cur, n) ~= nil) then return true end
  end
  return false
end

-- Before the collection: put everything back, so the program's objects become garbage.
local function settle_now()
  sanitise()
  retiring = loaded_permanent()
  gcollect("stop")  -- no finalizer may run while the state is half restored
  restore()
  gcollect("restart")
  gcollect("setpause", GC_PAUSE)
  gcollect("setstepmul", GC_STEPMUL)
end
local function settle() protect(settle_now) end
local function resettle() sanitise() restore() end

-- Resets the JIT last, with jit.on() as the very last call: between it and the program only the return
-- from here and the call of xpcall run, neither of which counts towards a hot loop or call.
local function reset_jit()
  jit_flush()
  for i = 1, #JIT_OPTS do opt_start(unpack(JIT_OPTS[i])) end
  for i = 1, #LUAFNS do jit_on(LUAFNS[i], true) end
  if JIT_WAS_ON then jit_on() end
end

local function start()
  while true do
    local line = fread(req, "*l")
    if line == nil then exit(0) end  -- node has gone
    local fn, err = loadfile("prog.lua")
    if fn then
      local a = {}
      for i = ARGMIN, -1 do a[i] = ARGS[i] end
      a[0] = "prog.lua"
      rawset(G, "arg", a)
      if jit then reset_jit() end
      return fn
    end
    reply("error", PROGNAME .. ": " .. tostring(err) .. "\n")
  end
end

-- After the collection, which ran the program's finalizers: undo what they changed, then reply. A hook
-- still installed when the program ended saw the driver's own code (and maybe its error handler): the
-- result is not what a fresh process gives, so node is told to ask one.
local RUNNING, HANDLING, FAILED = 0, 1, 2
local function finish(state, text, hooked)
  protect(resettle)
  local done = retiring and "!" or ""
  if hooked then reply("fresh" .. done, "")
  elseif state == RUNNING then reply("ok" .. done, "")
  elseif state == HANDLING then reply("error" .. done, PROGNAME .. ": error in error handling\n")
  else reply("error" .. done, text) end
end

local loop = load_stripped(RUNNER)({
  xpcall = xpcall, pcall = pcall, start = start, finish = finish, settle = settle, sethook = sethook,
  gethook = dbg.gethook, RUNNING = RUNNING, HANDLING = HANDLING, FAILED = FAILED,
  jit_off = jit_off or sethook, gcollect = gcollect, type = type, rawget = rawget, getmt = getmt,
  getfenv = getfenv, PUC = PUC, TRACEBACK = TRACEBACK, PROGNAME = PROGNAME, LAYERS = PUC and 0 or 4,
  ROUNDS = FINALIZE_ROUNDS,
})

-- The snapshot comes last, once the driver has made everything it needs.
for i = 1, #REPS do REP_METAS[i] = getmt(REPS[i]) end
visit(G)
visit(REGISTRY)
for i = 1, #REPS do visit(REP_METAS[i]) end
visit(NIL_META)
visit(stdin); visit(stdout); visit(io.stderr)
gcollect("collect")
reply("hello", "")
return loop()
