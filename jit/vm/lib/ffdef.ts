// LuaJIT's fast-function ids and C upvalue counts, as jit.util.funcinfo reports them. (lj_ffdef.h)
// The reference numbers its library functions from 2 (0: Lua function, 1: plain C function) in the
// order its build reads lib_base.c, lib_math.c, lib_bit.c, lib_string.c, lib_table.c, lib_io.c,
// lib_os.c, lib_package.c, lib_debug.c, lib_jit.c. Names are qualified by the table that holds the
// function ('' for globals, 'file:' for file methods); '*_aux' are iterators and wrappers.

/** The id of the first fast function (FF_LUA = 0 and FF_C = 1 come before it). */
export const FFID_FIRST = 2;

const FF_NAMES: readonly string[] = [
  // lib_base.c
  'assert', 'type', 'next', 'pairs', 'ipairs_aux', 'ipairs', 'getmetatable', 'setmetatable', 'getfenv',
  'setfenv', 'rawget', 'rawset', 'rawequal', 'unpack', 'select', 'tonumber', 'tostring', 'error', 'pcall',
  'xpcall', 'loadfile', 'load', 'loadstring', 'dofile', 'gcinfo', 'collectgarbage', 'newproxy', 'print',
  'coroutine.status', 'coroutine.running', 'coroutine.isyieldable', 'coroutine.create', 'coroutine.yield',
  'coroutine.resume', 'coroutine.wrap_aux', 'coroutine.wrap',
  // lib_math.c
  'math.abs', 'math.floor', 'math.ceil', 'math.sqrt', 'math.log10', 'math.exp', 'math.sin', 'math.cos',
  'math.tan', 'math.asin', 'math.acos', 'math.atan', 'math.sinh', 'math.cosh', 'math.tanh', 'math.frexp',
  'math.modf', 'math.log', 'math.atan2', 'math.pow', 'math.fmod', 'math.ldexp', 'math.min', 'math.max',
  'math.random', 'math.randomseed',
  // lib_bit.c
  'bit.tobit', 'bit.bnot', 'bit.bswap', 'bit.lshift', 'bit.rshift', 'bit.arshift', 'bit.rol', 'bit.ror',
  'bit.band', 'bit.bor', 'bit.bxor', 'bit.tohex',
  // lib_string.c
  'string.byte', 'string.char', 'string.sub', 'string.rep', 'string.reverse', 'string.lower', 'string.upper',
  'string.dump', 'string.find', 'string.match', 'string.gmatch_aux', 'string.gmatch', 'string.gsub',
  'string.format',
  // lib_table.c (table.new and table.clear are modules of their own: require "table.new")
  'table.maxn', 'table.insert', 'table.concat', 'table.sort', 'table.new', 'table.clear',
  // lib_io.c: file methods, then io
  'file:close', 'file:read', 'file:write', 'file:flush', 'file:seek', 'file:setvbuf', 'file:lines',
  'file:__gc', 'file:__tostring',
  'io.open', 'io.popen', 'io.tmpfile', 'io.close', 'io.read', 'io.write', 'io.flush', 'io.input',
  'io.output', 'io.lines', 'io.type',
  // lib_os.c
  'os.execute', 'os.remove', 'os.rename', 'os.tmpname', 'os.getenv', 'os.exit', 'os.clock', 'os.date',
  'os.time', 'os.difftime', 'os.setlocale',
  // lib_debug.c
  'debug.getregistry', 'debug.getmetatable', 'debug.setmetatable', 'debug.getfenv', 'debug.setfenv',
  'debug.getinfo', 'debug.getlocal', 'debug.setlocal', 'debug.getupvalue', 'debug.setupvalue',
  'debug.upvalueid', 'debug.upvaluejoin', 'debug.sethook', 'debug.gethook', 'debug.debug', 'debug.traceback',
  // lib_jit.c
  'jit.on', 'jit.off', 'jit.flush', 'jit.status', 'jit.security', 'jit.attach',
  'jit.util.funcinfo', 'jit.util.funcbc', 'jit.util.funck', 'jit.util.funcuvname', 'jit.util.traceinfo',
  'jit.util.traceir', 'jit.util.tracek', 'jit.util.tracesnap', 'jit.util.tracemc', 'jit.util.traceexitstub',
  'jit.util.ircalladdr', 'jit.opt.start',
];

const FFIDS: ReadonlyMap<string, number> = new Map(FF_NAMES.map((n, i) => [n, FFID_FIRST + i]));

/** The reference's ffid of the function named `qname` ('print', 'string.rep', 'file:close'), if it is a fast function. */
export const ffidOf = (qname: string): number | undefined => FFIDS.get(qname);

/** C functions of the reference that carry upvalues (lua_pushcclosure), by qualified name; all others have none. */
const C_UPVALUES: ReadonlyMap<string, number> = new Map([
  ['print', 1], ['type', 14], ['pairs', 1], ['ipairs', 1], ['newproxy', 1], ['math.random', 1],
  ['math.randomseed', 1], ['coroutine.wrap_aux', 1], ['string.gmatch_aux', 3], ['io.lines_aux', 1],
]);

/** How many upvalues the reference's C function `qname` has. */
export const cUpvaluesOf = (qname: string): number => C_UPVALUES.get(qname) ?? 0;
