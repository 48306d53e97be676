// The jit library: on/off/flush of the engine or of prototypes, status, security, attach, opt.start
// and the version fields, all acting on the VM's JitState L.g.J; jit.util is a module of its own
// (jitutil.ts). (lib_jit.c, luaJIT_setmode in lj_dispatch.c)
import { readFileSync } from 'node:fs';
import { u32, f64 } from '../heap.js';
import { T } from '../obj.js';
import { setObj, setBool } from '../value.js';
import * as tab from '../tab.js';
import { BC, bcOp } from '../../bytecode/bcdef.js';
import { ProtoFlag } from '../../bytecode/proto.js';
import type { LProto } from '../func.js';
import { type LuaState, newCFunction, framePrev, frameFunc, protoOf } from '../state.js';
import * as vmevent from '../vmevent.js';
import { JIT_FLAGS, OPT_LEVEL_DEFAULT, applyOpt, optErrorMessage } from '../../params.js';
import { register, setGlobal } from './base.js';
import * as aux from './aux.js';
import { protoOfSlot, setProtoFlags, openJitUtil, nameLibFunctions } from './jitutil.js';

// -- Identity ------------------------------------------------------------------------------

/** What the reference reports (luajit.h, lj_arch.h). */
const JIT_VERSION = 'LuaJIT 2.1.0-beta3';
const JIT_VERSION_NUM = 20100;
const JIT_OS = 'Linux';
const JIT_ARCH = 'x64';

// -- jit.on / jit.off / jit.flush (luaJIT_setmode) ----------------------------------------------

/** What a call asks for (LUAJIT_MODE_ON, _OFF, _FLUSH). */
const enum Action { OFF, ON, FLUSH }
/** Which prototypes a call with a function argument affects: it, it and its children, its children only. */
const enum Scope { FUNC, ALLFUNC, ALLSUBFUNC }

/**
 * The engine: switch the compiler, or flush every trace. lj_trace_abort comes first in LuaJIT; no
 * trace is ever being recorded yet, so there is nothing to abort. LuaJIT also refuses inside a __gc
 * metamethod; this VM runs no finalizers.
 */
function engineMode(L: LuaState, action: Action): void {
  if (action === Action.FLUSH) flushAll(L);
  else L.g.J.switchOn(action === Action.ON);
}

/** lj_trace_flushall: no trace exists to drop; handlers still hear the flush. */
function flushAll(L: LuaState): void {
  vmevent.send(L, vmevent.VMEvent.TRACE, (s) => { L.setStr(s, 'flush'); return 1; });
}

/**
 * One prototype (setptmode): on clears its "do not compile" flag and un-blacklists its loops;
 * off sets the flag; both off and flush drop its traces (there are none yet).
 */
function protoMode(pt: LProto, action: Action): void {
  if (action === Action.ON) {
    setProtoFlags(pt, 0, ProtoFlag.NOJIT);
    reenableProto(pt);
  } else if (action === Action.OFF) {
    setProtoFlags(pt, ProtoFlag.NOJIT, 0);
  }
}

/** Every prototype nested in pt, at any depth (setptmode_all). */
function protoModeAll(L: LuaState, pt: LProto, action: Action): void {
  if ((pt.flags & ProtoFlag.CHILD) === 0) return;
  pt.kgc.forEach((k, i) => {
    if (typeof k !== 'string' && !('kind' in k)) {
      const child = L.g.protos[pt.kref[i]!]!;
      protoMode(child, action);
      protoModeAll(L, child, action);
    }
  });
}

/** Instruction word `ins` with opcode `op`. */
const withOp = (ins: number, op: number): number => (ins - bcOp(ins) + op) >>> 0;

/** Blacklisted loops go back to their counting forms (lj_trace_reenableproto). */
function reenableProto(pt: LProto): void {
  if ((pt.flags & ProtoFlag.ILOOP) === 0) return;
  setProtoFlags(pt, 0, ProtoFlag.ILOOP);
  const w = pt.pcBase;
  if (bcOp(u32[w]!) === BC.IFUNCF) u32[w] = withOp(u32[w]!, BC.FUNCF);
  for (let i = 1; i < pt.bc.length; i++) {
    const op = bcOp(u32[w + i]!);
    if (op === BC.IFORL || op === BC.IITERL || op === BC.ILOOP) u32[w + i] = withOp(u32[w + i]!, op - (BC.ILOOP - BC.LOOP));
  }
}

/** The Lua function that called the running C function (jit.on(true) means "me"), if it is one. */
function callerProto(L: LuaState): LProto | undefined {
  const pb = framePrev(L, L.base);
  return pb === 0 ? undefined : protoOf(L, frameFunc(pb));
}

/**
 * jit.on/off/flush([nil]) act on the engine; with a function or proto (or true: the calling
 * function) on that prototype, and with a boolean second argument on its children as well (true)
 * or only (false). A C function, or any other first argument, is a "function expected" error.
 */
function setJitMode(L: LuaState, base: number, nargs: number, action: Action): number {
  const tag = aux.argTag(base, nargs, 1);
  if (tag === T.NIL) {
    engineMode(L, action);
    return 0;
  }
  const pt = tag === T.TRUE ? callerProto(L) : protoOfSlot(L, base);
  if (pt === undefined) return aux.typeError(L, base, nargs, 1, 'function');
  const tag2 = aux.argTag(base, nargs, 2);
  const scope = tag2 === T.TRUE ? Scope.ALLFUNC : tag2 === T.FALSE ? Scope.ALLSUBFUNC : Scope.FUNC;
  if (scope !== Scope.ALLSUBFUNC) protoMode(pt, action);
  if (scope !== Scope.FUNC) protoModeAll(L, pt, action);
  return 0;
}

const on = (L: LuaState, base: number, nargs: number): number => setJitMode(L, base, nargs, Action.ON);
const off = (L: LuaState, base: number, nargs: number): number => setJitMode(L, base, nargs, Action.OFF);

/** jit.flush(traceno) drops one root trace (none exists yet); otherwise as jit.on/off. */
function flush(L: LuaState, base: number, nargs: number): number {
  if (nargs >= 1 && u32[(base << 1) + 1]! < T.ISNUM) {
    aux.checkInt(L, base, nargs, 1);
    return 0;
  }
  return setJitMode(L, base, nargs, Action.FLUSH);
}

// -- jit.status ----------------------------------------------------------------------------

/** LuaJIT's x64 CPU feature names (JIT_F_CPUSTRING) and the /proc/cpuinfo flag of each. */
const CPU_FEATURES: readonly (readonly [string, string])[] = [['SSE3', 'pni'], ['SSE4.1', 'sse4_1'], ['BMI2', 'bmi2']];
const CPUINFO = '/proc/cpuinfo';

/** The CPU features of this machine, in LuaJIT's names and order (none when /proc/cpuinfo cannot be read). */
function detectCpu(): string[] {
  let text: string;
  try { text = readFileSync(CPUINFO, 'latin1'); } catch { return []; }
  const line = /^flags\s*:(.*)$/m.exec(text);
  const have = new Set((line?.[1] ?? '').trim().split(/\s+/));
  return CPU_FEATURES.filter(([, flag]) => have.has(flag)).map(([name]) => name);
}

interface JitLibState { cpu: string[] | undefined }
const STATE = Symbol('jit');
const stateOf = (L: LuaState): JitLibState => L.g.libState(STATE, () => ({ cpu: undefined }));

/** jit.status(): whether the compiler is on, then the CPU features, then the optimisation flags that are set. */
function status(L: LuaState, base: number): number {
  const st = stateOf(L);
  st.cpu ??= detectCpu();
  const opt = L.g.J.getOpt();
  const names = [...st.cpu, ...JIT_FLAGS.filter((d) => opt.flags[d.name]).map((d) => d.name)];
  // At most 1 + 3 + 10 results: within the slots a library function may use above its arguments.
  setBool(base, L.g.J.on);
  names.forEach((n, i) => L.setStr(base + 1 + i, n));
  return 1 + names.length;
}

// -- jit.security ------------------------------------------------------------------------------

/** The reference's build-time security settings (lj_arch.h LJ_SECURITY_MODE), by option name. */
const SECURITY_MODES: ReadonlyMap<string, number> = new Map([['prng', 1], ['strhash', 1], ['strid', 1], ['mcode', 1]]);

/** jit.security(name): one of the reference's security settings. */
function security(L: LuaState, base: number, nargs: number): number {
  const name = aux.checkStr(L, base, nargs, 1);
  const mode = SECURITY_MODES.get(name);
  if (mode === undefined) return aux.argError(L, 1, `invalid option '${name.split('\0')[0]}'`);
  f64[base] = mode;
  return 1;
}

// -- jit.attach ---------------------------------------------------------------------------------

/** The registry table `name`, made with hash size `hsize` if absent; 0 if the field holds something else (luaL_findtable). */
function registryTable(L: LuaState, name: string, hsize: number): number {
  const s = L.tsetStr(L.g.registry, L.str(name));
  const tag = u32[(s << 1) + 1];
  if (tag === T.TAB) return u32[s << 1]!;
  if (tag !== T.NIL) return 0;
  const t = L.newTab(0, tab.hsize2hbits(hsize));
  setObj(L.tsetStr(L.g.registry, L.str(name)), t, T.TAB);
  return t;
}

/**
 * jit.attach(f, event) stores f as the handler of `event` (any name is accepted); jit.attach(f)
 * removes f from every event. The "bc" event (prototypes made by load/loadstring) and the "trace"
 * event's flush are sent already; trace start/stop/abort, "record" and "texit" come with the
 * recorder, which will send them through vmevent.send.
 */
function attach(L: LuaState, base: number, nargs: number): number {
  const fn = aux.checkFunc(L, base, nargs, 1);
  const event = aux.argTag(base, nargs, 2) === T.NIL ? undefined : aux.checkStr(L, base, nargs, 2);
  const t = registryTable(L, vmevent.VMEVENTS_REGKEY, vmevent.VMEVENTS_HSIZE);
  if (t === 0) return 0;
  if (event !== undefined) {
    f64[base + 2] = vmevent.eventKey(event);
    setObj(L.tset(t, base + 2), fn, T.FUNC);
    vmevent.invalidate(L);
    return 0;
  }
  // Detach: clear every entry holding f (key in base+2, next() writes key/value to base+3/4).
  const k = base + 2;
  u32[(k << 1) + 1] = T.NIL;
  while (tab.next(L.g, t, k, k + 1) > 0) {
    u32[k << 1] = u32[(k + 1) << 1]!;
    u32[(k << 1) + 1] = u32[((k + 1) << 1) + 1]!;
    if (u32[((k + 2) << 1) + 1] === T.FUNC && u32[(k + 2) << 1] === fn) u32[(L.tset(t, k) << 1) + 1] = T.NIL;
  }
  return 0;
}

// -- jit.opt.start -------------------------------------------------------------------------------

/**
 * jit.opt.start(...): each argument is a level ("0".."9"), a flag ("+fold", "-cse", "nodce") or a
 * parameter ("hotloop=10"), applied in order; nothing at all restores the default level. Setting
 * hotloop restarts the hot counters. A bad argument raises after the ones before it took effect.
 */
function start(L: LuaState, base: number, nargs: number): number {
  const J = L.g.J;
  if (nargs === 0) {
    const opt = J.getOpt();
    applyOpt(opt, String(OPT_LEVEL_DEFAULT));
    J.setOpt(opt);
    return 0;
  }
  for (let i = 1; i <= nargs; i++) {
    const arg = aux.checkStr(L, base, nargs, i).split('\0')[0]!;
    const opt = J.getOpt();
    if (!applyOpt(opt, arg)) L.callerError(optErrorMessage(arg));
    J.setOpt(opt);
    if (arg.startsWith('hotloop=')) J.resetHotcounts();
  }
  return 0;
}

// -- Opening -------------------------------------------------------------------------------------

/** Fields of the jit table: six functions, four identity fields, opt. */
const JIT_FIELDS = 11;
/** Hash sizes the reference makes the package tables with (luaL_findtable hints). */
const LOADED_HSIZE = 16;
const PRELOAD_HSIZE = 4;

/** registry._LOADED[name] = t, as the reference's library registration does. */
function setLoaded(L: LuaState, name: string, t: number): void {
  const loaded = registryTable(L, '_LOADED', LOADED_HSIZE);
  if (loaded !== 0) setObj(L.tsetStr(loaded, L.str(name)), t, T.TAB);
}

/** Open the jit library: the global jit with jit.opt, and the "jit.util" loader in package.preload. */
export function openJit(L: LuaState): void {
  // jit_init: the compiler is on with the default flags and parameters (JitState starts that way).
  const jit = L.newTab(0, tab.hsize2hbits(JIT_FIELDS));
  register(L, jit, { on, off, flush, status, security, attach });
  L.setStr(L.tsetStr(jit, L.str('os')), JIT_OS);
  L.setStr(L.tsetStr(jit, L.str('arch')), JIT_ARCH);
  f64[L.tsetStr(jit, L.str('version_num'))] = JIT_VERSION_NUM;
  L.setStr(L.tsetStr(jit, L.str('version')), JIT_VERSION);
  setGlobal(L, 'jit', jit);
  setLoaded(L, 'jit', jit);
  const opt = L.newTab(0, 1);
  register(L, opt, { start });
  setObj(L.tsetStr(jit, L.str('opt')), opt, T.TAB);
  setLoaded(L, 'jit.opt', opt);
  const preload = registryTable(L, '_PRELOAD', PRELOAD_HSIZE);
  if (preload !== 0) {
    const loader = newCFunction(L, 'luaopen_jit_util', openJitUtil);
    setObj(L.tsetStr(preload, L.str('jit.util')), loader, T.FUNC);
  }
  // jit is the last library opened: every library function can now be given its reference name.
  nameLibFunctions(L);
}
