// jit.util: reflection of prototypes (funcinfo, funcbc, funck, funcuvname) and of traces. (lib_jit.c jit.util)
//
// Prototype reflection reads the loaded GCproto and its LProto, whose bytecode, constants and line
// info are LuaJIT's own, so the answers match the reference's. No trace is ever compiled yet, so
// the trace functions answer as the reference does for a trace number that does not exist.
import { u8, u32, i32, f64 } from '../heap.js';
import { T, FF, FN_FFID, UD_MT, PT_FLAGS, PT_ID } from '../obj.js';
import { setObj, setBool } from '../value.js';
import * as tab from '../tab.js';
import { BC_MODE_A, BC_MODE_B, BC_MODE_CD, BC_MM, MM, bcOp } from '../../bytecode/bcdef.js';
import { ProtoFlag } from '../../bytecode/proto.js';
import { cfuncId, type LProto } from '../func.js';
import { type LuaState, type CFunction, newCFunction, protoOf, cfuncOf } from '../state.js';
import * as aux from './aux.js';
import { ffidOf, cUpvaluesOf } from './ffdef.js';
import { debugLine, protoLoc, cstr } from '../debug.js';

// -- Prototype arguments ----------------------------------------------------------------

/** The prototype a value stands for: a Lua function's or a proto value's; undefined otherwise. */
export function protoOfSlot(L: LuaState, s: number): LProto | undefined {
  const tag = u32[(s << 1) + 1];
  if (tag === T.PROTO) return L.g.protos[u32[(u32[s << 1] + PT_ID) >> 2]];
  if (tag === T.FUNC) return protoOf(L, u32[s << 1]);
  return undefined;
}

/** Argument 1 as a prototype; a C function gives undefined when `cOk`, every other value an error (check_Lproto). */
function checkProto(L: LuaState, base: number, nargs: number, cOk: boolean): LProto | undefined {
  if (nargs >= 1) {
    const pt = protoOfSlot(L, base);
    if (pt !== undefined) return pt;
    if (cOk && u32[(base << 1) + 1] === T.FUNC) return undefined;
  }
  return aux.typeError(L, base, nargs, 1, 'function');
}

/** Set or clear proto flag bits, in the LProto and in its GCproto (where compiled code will read them). */
export function setProtoFlags(pt: LProto, set: number, clear: number): void {
  pt.flags = (pt.flags & ~clear) | set;
  u8[pt.obj + PT_FLAGS] = pt.flags;
}

// -- Naming C functions -------------------------------------------------------------------
// funcinfo reports a C function's ffid and upvalue count by what the reference has for the same
// library function. At start-up every C function in the library tables gets its qualified name;
// iterators and wrappers made later are known by the name they were created with.

interface JitUtilState {
  /** Qualified library name by C function id. */
  names: Map<number, string>;
  /** Stand-in code "addresses" (funcinfo's addr), numbered on first use: by qualified name, else by handler. */
  addrs: Map<string | CFunction, number>;
}
const STATE = Symbol('jit.util');
const stateOf = (L: LuaState): JitUtilState => L.g.libState(STATE, () => ({ names: new Map(), addrs: new Map() }));

/** Library tables whose functions have reference names; jit.opt is reached through jit. */
const LIB_TABLES: ReadonlySet<string> = new Set([
  'coroutine', 'math', 'bit', 'string', 'table', 'io', 'os', 'package', 'debug', 'jit',
]);
/** C functions made at run time, by the name they were created with. */
const RUNTIME_NAMES: Readonly<Record<string, string>> = {
  ipairs_aux: 'ipairs_aux', wrap_aux: 'coroutine.wrap_aux', gmatch_iter: 'string.gmatch_aux',
};
/** Slots one level of table walking needs: the key, then next()'s key and value. */
const WALK_SLOTS = 3;

/** Call visit(key, valueSlot) for each string key of table t, walking with scratch slots from `scratch`. */
function eachStrKey(L: LuaState, t: number, scratch: number, visit: (key: string, v: number) => void): void {
  if (!L.checkStack(scratch + WALK_SLOTS)) return;
  u32[(scratch << 1) + 1] = T.NIL;
  while (tab.next(L.g, t, scratch, scratch + 1) > 0) {
    u32[scratch << 1] = u32[(scratch + 1) << 1];
    u32[(scratch << 1) + 1] = u32[((scratch + 1) << 1) + 1];
    if (u32[(scratch << 1) + 1] === T.STR) visit(L.g.strs.text(u32[scratch << 1]), scratch + 2);
  }
}

function nameIfC(st: JitUtilState, s: number, qname: string): void {
  if (u32[(s << 1) + 1] !== T.FUNC) return;
  const f = u32[s << 1];
  if (u8[f + FN_FFID] !== FF.LUA && !st.names.has(cfuncId(f))) st.names.set(cfuncId(f), qname);
}

/** Name the C functions of the global library tables (once, after every library is open). */
export function nameLibFunctions(L: LuaState): void {
  const st = stateOf(L);
  const top = L.top;
  eachStrKey(L, L.g.globals, top, (key, v) => {
    nameIfC(st, v, key);
    if (u32[(v << 1) + 1] !== T.TAB || !LIB_TABLES.has(key)) return;
    eachStrKey(L, u32[v << 1], top + WALK_SLOTS, (k2, v2) => {
      nameIfC(st, v2, `${key}.${k2}`);
      const tag = u32[(v2 << 1) + 1];
      if (key === 'jit' && k2 === 'opt' && tag === T.TAB) {
        eachStrKey(L, u32[v2 << 1], top + 2 * WALK_SLOTS, (k3, v3) => nameIfC(st, v3, `jit.opt.${k3}`));
      } else if (key === 'io' && tag === T.UDATA) {
        nameFileMethods(L, st, u32[(u32[v2 << 1] + UD_MT) >> 2], top + 2 * WALK_SLOTS);
      }
    });
  });
}

/** File methods live in the file metatable and in its __index table. */
function nameFileMethods(L: LuaState, st: JitUtilState, mt: number, scratch: number): void {
  if (mt === 0) return;
  eachStrKey(L, mt, scratch, (k, v) => {
    nameIfC(st, v, `file:${k}`);
    if (k === '__index' && u32[(v << 1) + 1] === T.TAB && u32[v << 1] !== mt) {
      eachStrKey(L, u32[v << 1], scratch + WALK_SLOTS, (k2, v2) => nameIfC(st, v2, `file:${k2}`));
    }
  });
}

/** Give the C function object f the qualified name qname (for functions made after start-up). */
export function nameCFunction(L: LuaState, f: number, qname: string): void {
  stateOf(L).names.set(cfuncId(f), qname);
}

function qualifiedName(L: LuaState, f: number): string | undefined {
  return stateOf(L).names.get(cfuncId(f)) ?? RUNTIME_NAMES[cfuncOf(L, f).name];
}

// -- jit.util: prototypes -------------------------------------------------------------------

/** Hash sizes of funcinfo's tables (lua_createtable hints). */
const FUNCINFO_LUA_HSIZE = 16;
const FUNCINFO_C_HSIZE = 4;

function setIntField(L: LuaState, t: number, name: string, v: number): void {
  f64[L.tsetStr(t, L.str(name))] = v;
}

function setBoolField(L: LuaState, t: number, name: string, v: boolean): void {
  setBool(L.tsetStr(t, L.str(name)), v);
}

/** local info = jit.util.funcinfo(func [,pc]) */
function funcinfo(L: LuaState, base: number, nargs: number): number {
  const pt = checkProto(L, base, nargs, true);
  if (pt === undefined) return funcinfoC(L, base);
  const pc = aux.optInt(L, base, nargs, 2, 0) >>> 0;
  const t = L.newTab(0, tab.hsize2hbits(FUNCINFO_LUA_HSIZE));
  setObj(base, t, T.TAB);
  setIntField(L, t, 'linedefined', pt.firstline);
  setIntField(L, t, 'lastlinedefined', pt.firstline + pt.numline);
  setIntField(L, t, 'stackslots', pt.framesize);
  setIntField(L, t, 'params', pt.numparams);
  setIntField(L, t, 'bytecodes', pt.bc.length);
  setIntField(L, t, 'gcconsts', pt.kgc.length);
  setIntField(L, t, 'nconsts', pt.knum.length);
  setIntField(L, t, 'upvalues', pt.uv.length);
  if (pc < pt.bc.length) setIntField(L, t, 'currentline', debugLine(pt, pc));
  setBoolField(L, t, 'isvararg', (pt.flags & ProtoFlag.VARARG) !== 0);
  setBoolField(L, t, 'children', (pt.flags & ProtoFlag.CHILD) !== 0);
  L.setStr(L.tsetStr(t, L.str('source')), pt.chunkname);
  L.setStr(L.tsetStr(t, L.str('loc')), protoLoc(pt, pc));
  setObj(L.tsetStr(t, L.str('proto')), pt.obj, T.PROTO);
  return 1;
}

/** How many upvalues the reference's version of C function f has (debug.getinfo's nups). */
export function cFunctionUpvalues(L: LuaState, f: number): number {
  const qname = qualifiedName(L, f);
  return qname === undefined ? 0 : cUpvaluesOf(qname);
}

/** The reference's ffid of C function f, if it is one of its fast functions. */
export function cFunctionFfid(L: LuaState, f: number): number | undefined {
  const qname = qualifiedName(L, f);
  return qname === undefined ? undefined : ffidOf(qname);
}

/** funcinfo of a C function: the reference's ffid (fast functions only), an address, its upvalues. */
function funcinfoC(L: LuaState, base: number): number {
  const f = u32[base << 1];
  const t = L.newTab(0, tab.hsize2hbits(FUNCINFO_C_HSIZE));
  setObj(base, t, T.TAB);
  const qname = qualifiedName(L, f);
  const ffid = qname === undefined ? undefined : ffidOf(qname);
  if (ffid !== undefined) setIntField(L, t, 'ffid', ffid);
  setIntField(L, t, 'addr', codeAddr(L, qname ?? cfuncOf(L, f).fn));
  setIntField(L, t, 'upvalues', qname === undefined ? 0 : cUpvaluesOf(qname));
  return 1;
}

/**
 * Where a C function's code would be: one stand-in number per library function (iterators made per
 * call share theirs, as they share their C code in the reference) or per TypeScript handler.
 */
const ADDR_STEP = 16;
function codeAddr(L: LuaState, key: string | CFunction): number {
  const addrs = stateOf(L).addrs;
  let a = addrs.get(key);
  if (a === undefined) addrs.set(key, (a = (addrs.size + 1) * ADDR_STEP));
  return a;
}

/** Bit positions of the B and C/D modes and the metamethod in an opcode's mode word (lj_bc.h BCMODE). */
const MODE_B_SHIFT = 3;
const MODE_CD_SHIFT = 7;
const MODE_MM_SHIFT = 11;

/** The reference's mode word of opcode op: A, B, C/D operand modes and metamethod (lj_bc_mode). */
function bcModeWord(op: number): number {
  const mm = BC_MM[op] === MM.none ? MM.MAX : BC_MM[op]!;
  return BC_MODE_A[op]! | (BC_MODE_B[op]! << MODE_B_SHIFT) | (BC_MODE_CD[op]! << MODE_CD_SHIFT) | (mm << MODE_MM_SHIFT);
}

/** local ins, m = jit.util.funcbc(func, pc) */
function funcbc(L: LuaState, base: number, nargs: number): number {
  const pt = checkProto(L, base, nargs, false)!;
  const pc = aux.checkInt(L, base, nargs, 2) >>> 0;
  if (pc >= pt.bc.length) return 0;
  // The heap copy: what the interpreter runs, with any patches the JIT made.
  const ins = i32[pt.pcBase + pc]!;
  f64[base] = ins;
  f64[base + 1] = bcModeWord(bcOp(ins));
  return 2;
}

/** local k = jit.util.funck(func, idx): number constants from 0, GC constants from -1 down. */
function funck(L: LuaState, base: number, nargs: number): number {
  const pt = checkProto(L, base, nargs, false)!;
  const idx = aux.checkInt(L, base, nargs, 2);
  if (idx >= 0) {
    if (idx >= pt.knum.length) return 0;
    f64[base] = pt.knumf[idx]!;
    return 1;
  }
  const i = ~idx;
  if (i >= pt.kgc.length) return 0;
  const k = pt.kgc[i]!;
  if (typeof k === 'string') setObj(base, pt.kref[i]!, T.STR);
  else if ('kind' in k) setObj(base, pt.kref[i]!, T.TAB);
  else setObj(base, L.g.protos[pt.kref[i]!]!.obj, T.PROTO);
  return 1;
}

/** local name = jit.util.funcuvname(func, idx) */
function funcuvname(L: LuaState, base: number, nargs: number): number {
  const pt = checkProto(L, base, nargs, false)!;
  const idx = aux.checkInt(L, base, nargs, 2) >>> 0;
  if (idx >= pt.uv.length) return 0;
  L.setStr(base, cstr(pt.uvnames[idx] ?? ''));
  return 1;
}

// -- jit.util: traces ------------------------------------------------------------------------
// No trace exists, so every trace number answers like one the reference has not (or no longer) got.

/** Check the trace number (argument 1): it must be a number, but any number is accepted. */
function checkTrace(L: LuaState, base: number, nargs: number): void {
  aux.checkInt(L, base, nargs, 1);
}

/** local info = jit.util.traceinfo(tr) */
function traceinfo(L: LuaState, base: number, nargs: number): number {
  checkTrace(L, base, nargs);
  return 0;
}

/** traceir(tr, ref), tracek(tr, ref), tracesnap(tr, sn): the index is checked too. */
function traceIndexed(L: LuaState, base: number, nargs: number): number {
  checkTrace(L, base, nargs);
  aux.checkInt(L, base, nargs, 2);
  return 0;
}

/** local mcode, addr, loop = jit.util.tracemc(tr) */
function tracemc(L: LuaState, base: number, nargs: number): number {
  checkTrace(L, base, nargs);
  return 0;
}

/** x64 exit stubs: groups of 32, 4 bytes apart, at most 16 groups (lj_target_x86.h, lj_def.h). */
const EXITSTUBS_PER_GROUP = 32;
const EXITSTUB_SPACING = 4;
const MAX_EXITSTUBGR = 16;

/**
 * local addr = jit.util.traceexitstub(exitno): the address of exit stub exitno. No stub group
 * exists until machine code does, and the reference then answers with the stub's offset in its
 * (absent) group; so do we.
 */
function traceexitstub(L: LuaState, base: number, nargs: number): number {
  const exitno = aux.checkInt(L, base, nargs, 1) >>> 0;
  if (exitno >= EXITSTUBS_PER_GROUP * MAX_EXITSTUBGR) return 0;
  f64[base] = EXITSTUB_SPACING * (exitno % EXITSTUBS_PER_GROUP);
  return 1;
}

/** Entries of the reference's IR call table (lj_ircall.h IRCALL__MAX). */
const IRCALL_MAX = 113;

/**
 * local addr = jit.util.ircalladdr(idx): the address of IR call idx's C helper. The helpers of
 * compiled code do not exist yet; valid indexes answer 0 for now.
 */
function ircalladdr(L: LuaState, base: number, nargs: number): number {
  const idx = aux.checkInt(L, base, nargs, 1) >>> 0;
  if (idx >= IRCALL_MAX) return 0;
  f64[base] = 0;
  return 1;
}

// -- The module --------------------------------------------------------------------------------

const UTIL_FUNCS: Readonly<Record<string, CFunction>> = {
  funcinfo, funcbc, funck, funcuvname, traceinfo, traceir: traceIndexed, tracek: traceIndexed,
  tracesnap: traceIndexed, tracemc, traceexitstub, ircalladdr,
};

/**
 * The loader package.preload["jit.util"] runs: a new table of new functions on each call (they are
 * ordinary garbage once unreachable, unlike the start-up libraries' builtins).
 */
export function openJitUtil(L: LuaState, base: number): number {
  const t = L.newTab(0, tab.hsize2hbits(Object.keys(UTIL_FUNCS).length));
  setObj(base, t, T.TAB);
  for (const [name, fn] of Object.entries(UTIL_FUNCS)) {
    const f = newCFunction(L, name, fn);
    nameCFunction(L, f, `jit.util.${name}`);
    setObj(L.tsetStr(t, L.str(name)), f, T.FUNC);
  }
  return 1;
}
