// The debug library: getinfo, locals, upvalues, hooks, metatables and environments of any value,
// the registry, traceback. (lib_debug.c, lj_debug.c)
import { readSync, writeSync } from 'node:fs';
import { u8, u32, f64 } from '../heap.js';
import {
  T, FF, FN_FFID, FN_NUPV, FN_ENV, FN_UV, UV_V, UD_MT, UD_ENV, TAB_MT, BASEMT_NUM, HOOK,
} from '../obj.js';
import { copyTV, setNil, setBool, setObj } from '../value.js';
import * as tab from '../tab.js';
import { ProtoFlag } from '../../bytecode/proto.js';
import { type LuaState, type FrameAt, type CFuncInfo, cfuncOf, protoOf, frameFunc, lineAt, FRAME_SLOTS, Frame, frameLink, framePrev } from '../state.js';
import { ErrMsg } from '../err.js';
import { getStack, nextLevel, funcName, varName, debugLine, type StackLevel } from '../debug.js';
import { metatableOf } from '../meta.js';
import { loadString } from '../load.js';
import { call } from '../interp.js';
import { setHook, hookMask, hookCount, hookFunctionSlot, HOOK_KEY_LIGHTUD } from '../hook.js';
import { threadOf } from './coroutine.js';
import { cFunctionUpvalues, cFunctionFfid } from './jitutil.js';
import { strOrNumText } from '../meta.js';
import * as aux from './aux.js';
import { register, setGlobal, type LibFunc } from './base.js';

/** The first `luaL_traceback` levels shown, and the last ones after "...". */
const TRACEBACK_LEVELS1 = 12;
const TRACEBACK_LEVELS2 = 10;

// -- Threads and levels -----------------------------------------------------------------

/** The thread a debug function works on: an optional first argument (getthread). */
function getthread(L: LuaState, base: number, nargs: number): { L1: LuaState; arg: number } {
  if (nargs >= 1 && u32[(base << 1) + 1] === T.THREAD) return { L1: threadOf(L, u32[base << 1]), arg: 1 };
  return { L1: L, arg: 0 };
}

/** Slot of value `n` (1-based) in a frame, and its name, or null (debug_localname). Negative n: varargs. */
function localSlot(L1: LuaState, f: StackLevel, n: number): { slot: number; name: string } | null {
  const fn = frameFunc(f.base);
  const pt = protoOf(L1, fn);
  // The frame's slots end below the function slot of the frame it called, or at the thread's top.
  let limit = f.callee !== 0 ? f.callee - FRAME_SLOTS : L1.top;
  let base = f.base;
  if (n < 0) {
    if (pt === undefined || f.pc < 0 || (pt.flags & ProtoFlag.VARARG) === 0) return null;
    // Varargs sit above the fixed arguments in the pseudo-frame below the function's frame.
    if ((frameLink(base) & Frame.TYPEP) === Frame.VARG) {
      limit = base - FRAME_SLOTS;
      base = framePrev(L1, base);
    }
    const slot = base + pt.numparams - n - 1;
    return slot < limit ? { slot, name: '(*vararg)' } : null;
  }
  const slot = base + n - 1;
  if (pt !== undefined && f.pc >= 0) {
    const name = varName(pt, f.pc - pt.pcBase, n - 1);
    if (name !== null) return { slot, name };
  }
  return n > 0 && slot < limit ? { slot, name: '(*temporary)' } : null;
}

// -- getinfo -------------------------------------------------------------------------------

function setStrField(L: LuaState, t: number, k: string, v: string): void { L.setStr(L.tsetStr(t, L.str(k)), v); }
function setNumField(L: LuaState, t: number, k: string, v: number): void { f64[L.tsetStr(t, L.str(k))] = v; }

/** The fields of lua_getinfo's 'S' for function fn. */
function sourceInfo(L: LuaState, fn: number): { source: string; short: string; first: number; last: number; what: string } {
  const pt = protoOf(L, fn);
  if (pt === undefined) return { source: '=[C]', short: '[C]', first: -1, last: -1, what: 'C' };
  return {
    source: pt.chunkname, short: pt.shortSrc, first: pt.firstline, last: pt.firstline + pt.numline,
    what: pt.firstline !== 0 || pt.numline === 0 ? 'Lua' : 'main',
  };
}

/** Source line a frame is at, or -1 (debug_frameline). */
function frameLine(L: LuaState, f: StackLevel | FrameAt): number {
  const pt = protoOf(L, frameFunc(f.base));
  if (pt === undefined || f.pc < 0) return -1;
  return debugLine(pt, f.pc - pt.pcBase);
}

function getinfo(L: LuaState, base: number, nargs: number): number {
  const { L1, arg } = getthread(L, base, nargs);
  let options = aux.optStr(L, base, nargs, arg + 2, 'flnSu');
  const at = base + arg;
  let fn: number;
  let frame: StackLevel | null = null;
  const tag = arg + 1 <= nargs ? u32[(at << 1) + 1] : T.NIL;
  if (tag < T.ISNUM || (tag === T.STR && aux.argTag(base, nargs, arg + 1) === T.STR && isNumeric(L, at))) {
    if (options.startsWith('>')) aux.argError(L, arg + 2, ErrMsg.INVOPT); // '>' takes a function, not a level
    frame = getStack(L1, aux.checkInt(L, base, nargs, arg + 1));
    if (frame === null) { setNil(base); return 1; }
    fn = frameFunc(frame.base);
  } else if (tag === T.FUNC) {
    fn = u32[at << 1];
    options = '>' + options;
  } else {
    return aux.argError(L, arg + 1, 'function or level expected');
  }
  if (options.startsWith('>')) options = options.slice(1);
  if (!/^[SlunfL]*$/.test(options)) aux.argError(L, arg + 2, ErrMsg.INVOPT);
  const t = L.newTab(0, tab.hsize2hbits(16));
  setObj(base, t, T.TAB); // keep it on the stack while the fields are made
  const pt = protoOf(L, fn);
  for (const o of options) {
    if (o === 'S') {
      const s = sourceInfo(L, fn);
      setStrField(L, t, 'source', s.source);
      setStrField(L, t, 'short_src', s.short);
      setNumField(L, t, 'linedefined', s.first);
      setNumField(L, t, 'lastlinedefined', s.last);
      setStrField(L, t, 'what', s.what);
    } else if (o === 'l') {
      setNumField(L, t, 'currentline', frame !== null ? frameLine(L1, frame) : -1);
    } else if (o === 'u') {
      setNumField(L, t, 'nups', pt !== undefined ? u8[fn + FN_NUPV] : cFunctionUpvalues(L, fn));
      setNumField(L, t, 'nparams', pt !== undefined ? pt.numparams : 0);
      setBool(L.tsetStr(t, L.str('isvararg')), pt === undefined || (pt.flags & ProtoFlag.VARARG) !== 0);
    } else if (o === 'n') {
      const n = frame !== null ? funcName(L1, frame.base) : null;
      if (n !== null) setStrField(L, t, 'name', n.name);
      setStrField(L, t, 'namewhat', n !== null ? n.kind : '');
    }
  }
  if (options.includes('L')) {
    const s = L.tsetStr(t, L.str('activelines'));
    if (pt !== undefined) {
      const lines = L.newTab(0, 0);
      setObj(s, lines, T.TAB);
      // Every instruction's line: bc[1..] (bc[0] is the function header, on the definition's line).
      for (let i = 1; i < pt.bc.length; i++) setBool(L.tsetNum(lines, lineAt(pt, pt.pcBase + i)), true);
    } else setNil(s);
  }
  if (options.includes('f')) setObj(L.tsetStr(t, L.str('func')), fn, T.FUNC);
  return 1;
}

/** Does slot s hold a string that converts to a number (lua_isnumber)? */
function isNumeric(L: LuaState, s: number): boolean {
  return /^\s*[-+]?(0[xX][0-9a-fA-F]+|(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?)\s*$/.test(L.g.strs.text(u32[s << 1]));
}

// -- Locals and upvalues ------------------------------------------------------------------

function getlocal(L: LuaState, base: number, nargs: number): number {
  const { L1, arg } = getthread(L, base, nargs);
  const n = aux.checkInt(L, base, nargs, arg + 2);
  if (aux.argTag(base, nargs, arg + 1) === T.FUNC) {
    // The parameter names of a function (not running): lua_getlocal(L, NULL, n).
    const pt = protoOf(L, u32[(base + arg) << 1]);
    const name = pt !== undefined ? varName(pt, 0, n - 1) : null;
    if (name !== null) L.setStr(base, name); else setNil(base);
    return 1;
  }
  const f = getStack(L1, aux.checkInt(L, base, nargs, arg + 1));
  if (f === null) aux.argError(L, arg + 1, ErrMsg.LVLRNG);
  const loc = localSlot(L1, f, n);
  if (loc === null) { setNil(base); return 1; }
  copyTV(base + 1, loc.slot);
  L.setStr(base, loc.name);
  return 2;
}

function setlocal(L: LuaState, base: number, nargs: number): number {
  const { L1, arg } = getthread(L, base, nargs);
  const f = getStack(L1, aux.checkInt(L, base, nargs, arg + 1));
  if (f === null) aux.argError(L, arg + 1, ErrMsg.LVLRNG);
  aux.checkAny(L, base, nargs, arg + 3);
  const loc = localSlot(L1, f, aux.checkInt(L, base, nargs, arg + 2));
  if (loc === null) { setNil(base); return 1; }
  copyTV(loc.slot, base + arg + 2);
  L.setStr(base, loc.name);
  return 1;
}

/** Upvalue n (1-based) of function slot fs: its value slot and name, or null (lj_debug_uvnamev). */
function upvalue(L: LuaState, fs: number, n: number): { slot: number; name: string; uv: number } | null {
  const fn = u32[fs << 1];
  const pt = protoOf(L, fn);
  if (pt === undefined || n < 1 || n > u8[fn + FN_NUPV]) return null;
  const uv = u32[(fn + FN_UV + 4 * (n - 1)) >> 2];
  return { slot: u32[(uv + UV_V) >> 2], name: pt.uvnames[n - 1] ?? '', uv };
}

/** C upvalue n (1-based) of C function fn, if LuaJIT's counterpart has that many: its accessors, if we keep it. */
function cUpvalue(L: LuaState, fn: number, n: number): CFuncInfo['upvalues'] | null {
  if (u8[fn + FN_FFID] === FF.LUA || n < 1 || n > cFunctionUpvalues(L, fn)) return null;
  return cfuncOf(L, fn).upvalues;
}

function getupvalue(L: LuaState, base: number, nargs: number): number {
  const n = aux.checkInt(L, base, nargs, 2);
  const fn = aux.checkFunc(L, base, nargs, 1);
  const cu = cUpvalue(L, fn, n);
  if (cu !== null) {
    // Upvalues we do not model (math.random's state) read as nil.
    if (cu === undefined) setNil(base + 1); else cu.get(n, base + 1);
    L.setStr(base, '');
    return 2;
  }
  const u = upvalue(L, base, n);
  if (u === null) return 0;
  L.setStr(base, u.name);
  copyTV(base + 1, u.slot);
  return 2;
}

function setupvalue(L: LuaState, base: number, nargs: number): number {
  aux.checkAny(L, base, nargs, 3);
  const n = aux.checkInt(L, base, nargs, 2);
  const fn = aux.checkFunc(L, base, nargs, 1);
  const cu = cUpvalue(L, fn, n);
  if (cu !== null) {
    cu?.set(n, base + 2);
    L.setStr(base, '');
    return 1;
  }
  const u = upvalue(L, base, n);
  if (u === null) return 0;
  copyTV(u.slot, base + 2);
  L.setStr(base, u.name);
  return 1;
}

/** A Lua function argument with an upvalue index in range: the function and the 0-based index. */
function checkUpvalue(L: LuaState, base: number, nargs: number, i: number, luaOnly: boolean): { fn: number; n: number } {
  const fn = aux.checkFunc(L, base, nargs, i);
  if (luaOnly && u8[fn + FN_FFID] !== FF.LUA) aux.argError(L, i, 'Lua function expected');
  const n = aux.checkInt(L, base, nargs, i + 1) - 1;
  const count = u8[fn + FN_FFID] === FF.LUA ? u8[fn + FN_NUPV] : cFunctionUpvalues(L, fn);
  if (n < 0 || n >= count) aux.argError(L, i + 1, ErrMsg.IDXRNG);
  return { fn, n };
}

function upvalueid(L: LuaState, base: number, nargs: number): number {
  const { fn, n } = checkUpvalue(L, base, nargs, 1, false);
  // A light userdata naming the upvalue object (C upvalues: the function and the index).
  const id = u8[fn + FN_FFID] === FF.LUA ? u32[(fn + FN_UV + 4 * n) >> 2] : fn + FN_UV + 4 * n;
  setObj(base, id, T.LIGHTUD);
  return 1;
}

function upvaluejoin(L: LuaState, base: number, nargs: number): number {
  const a = checkUpvalue(L, base, nargs, 1, true);
  const b = checkUpvalue(L, base, nargs, 3, true);
  u32[(a.fn + FN_UV + 4 * a.n) >> 2] = u32[(b.fn + FN_UV + 4 * b.n) >> 2];
  return 0;
}

// -- Hooks ------------------------------------------------------------------------------

function sethook(L: LuaState, base: number, nargs: number): number {
  const { arg } = getthread(L, base, nargs);
  let mask = 0, count = 0;
  const fslot = base + arg;
  if (aux.argTag(base, nargs, arg + 1) === T.NIL) {
    setNil(fslot);
  } else {
    const smask = aux.checkStr(L, base, nargs, arg + 2);
    if (aux.argTag(base, nargs, arg + 1) !== T.FUNC) aux.typeError(L, base, nargs, arg + 1, 'function');
    count = aux.optInt(L, base, nargs, arg + 3, 0);
    if (smask.includes('c')) mask |= HOOK.CALL;
    if (smask.includes('r')) mask |= HOOK.RET;
    if (smask.includes('l')) mask |= HOOK.LINE;
    if (count > 0) mask |= HOOK.COUNT;
  }
  // The hook function is kept in the registry under a key Lua code cannot make (LuaJIT's KEY_HOOK).
  const k = L.top + 1;
  setObj(k, HOOK_KEY_LIGHTUD, T.LIGHTUD);
  copyTV(L.tset(L.g.registry, k), fslot);
  setHook(L.g, mask, mask !== 0 ? count : 0);
  return 0;
}

function gethook(L: LuaState, base: number): number {
  const mask = hookMask(L.g);
  const hf = hookFunctionSlot(L);
  if (hf >= 0) copyTV(base, hf); else setNil(base);
  L.setStr(base + 1, (mask & HOOK.CALL ? 'c' : '') + (mask & HOOK.RET ? 'r' : '') + (mask & HOOK.LINE ? 'l' : ''));
  f64[base + 2] = hookCount(L.g);
  return 3;
}

// -- Metatables, environments, the registry -------------------------------------------------

function getmetatable(L: LuaState, base: number, nargs: number): number {
  aux.checkAny(L, base, nargs, 1);
  const mt = metatableOf(L.g, base);
  if (mt === 0) setNil(base); else setObj(base, mt, T.TAB);
  return 1;
}

function setmetatable(L: LuaState, base: number, nargs: number): number {
  // lj_lib_checktabornil: an absent argument is an error too, and the message names no type.
  const mtag = aux.argTag(base, nargs, 2);
  if (nargs < 2 || (mtag !== T.NIL && mtag !== T.TAB)) aux.argError(L, 2, 'nil or table expected');
  const mt = mtag === T.TAB ? u32[(base + 1) << 1] : 0;
  const tag = aux.argTag(base, nargs, 1);
  if (tag === T.TAB) u32[(u32[base << 1] + TAB_MT) >> 2] = mt;
  else if (tag === T.UDATA) u32[(u32[base << 1] + UD_MT) >> 2] = mt;
  else L.g.setBasemt(tag < T.ISNUM ? BASEMT_NUM : (~tag >>> 0), mt);
  setBool(base, true); // LuaJIT (5.1 mode) returns true
  return 1;
}

function getfenv(L: LuaState, base: number, nargs: number): number {
  aux.checkAny(L, base, nargs, 1);
  const tag = u32[(base << 1) + 1];
  const o = u32[base << 1];
  let env = 0;
  if (tag === T.FUNC) env = u32[(o + FN_ENV) >> 2] || L.g.globals;
  else if (tag === T.UDATA) env = u32[(o + UD_ENV) >> 2];
  else if (tag === T.THREAD) env = threadOf(L, o).env || L.g.globals;
  if (env === 0) setNil(base); else setObj(base, env, T.TAB);
  return 1;
}

function setfenv(L: LuaState, base: number, nargs: number): number {
  const t = aux.checkTab(L, base, nargs, 2);
  const tag = u32[(base << 1) + 1];
  const o = u32[base << 1];
  if (tag === T.FUNC) u32[(o + FN_ENV) >> 2] = t;
  else if (tag === T.UDATA) u32[(o + UD_ENV) >> 2] = t;
  else if (tag === T.THREAD) threadOf(L, o).env = t;
  else L.callerError(ErrMsg.SETFENV);
  return 1;
}

function getregistry(L: LuaState, base: number): number {
  setObj(base, L.g.registry, T.TAB);
  return 1;
}

// -- traceback and debug --------------------------------------------------------------------

/** One line of a traceback for frame f of thread L1 (luaL_traceback). */
function tracebackLine(L: LuaState, L1: LuaState, f: StackLevel): string {
  const fn = frameFunc(f.base);
  const info = sourceInfo(L1, fn);
  const name = funcName(L1, f.base);
  const isC = u8[fn + FN_FFID] !== FF.LUA;
  const ffid = isC ? cFunctionFfid(L, fn) : undefined;
  let s = ffid !== undefined && name === null ? `\n\t[builtin#${ffid}]:` : `\n\t${info.short}:`;
  const line = frameLine(L1, f);
  if (line > 0) s += `${line}:`;
  if (name !== null) s += ` in function '${name.name}'`;
  else if (info.what === 'main') s += ' in main chunk';
  else if (info.what === 'C') s += ` at 0x${(0x400000 + fn).toString(16).padStart(12, '0')}`;
  else s += ` in function <${info.short}:${info.first}>`;
  return s;
}

/**
 * "stack traceback:" and the frames of L1 from level `level` on (luaL_traceback): those below
 * level TRACEBACK_LEVELS1, then "..." and the last TRACEBACK_LEVELS2. Levels count from L1's running
 * frame, or from `top` (where an error was thrown) which is then level `topLevel`.
 */
export function tracebackText(L: LuaState, L1: LuaState, level: number, top?: FrameAt, topLevel = 0): string {
  // All frames in one walk (getStack per level would make deep stacks quadratic).
  const frames: StackLevel[] = [];
  for (let f = getStack(L1, 0, top); f !== null; f = nextLevel(L1, f)) frames.push(f);
  const end = topLevel + frames.length;
  let s = 'stack traceback:';
  for (let lvl = Math.max(level, topLevel); lvl < end; lvl++) {
    if (lvl + 1 > TRACEBACK_LEVELS1 && end - lvl > TRACEBACK_LEVELS2) {
      s += '\n\t...';
      lvl = end - TRACEBACK_LEVELS2;
    }
    s += tracebackLine(L, L1, frames[lvl - topLevel]!);
  }
  return s;
}

function traceback(L: LuaState, base: number, nargs: number): number {
  const { L1, arg } = getthread(L, base, nargs);
  const mtag = aux.argTag(base, nargs, arg + 1);
  const msgSlot = base + arg;
  if (mtag !== T.STR && mtag >= T.ISNUM && nargs > arg) {
    // A message that is not a string (nil included, when given) is returned untouched.
    copyTV(base, msgSlot);
    return 1;
  }
  const level = aux.optInt(L, base, nargs, arg + 2, L === L1 ? 1 : 0);
  const msg = mtag === T.NIL ? '' : strOrNumText(L.g, msgSlot) + '\n';
  L.setStr(base, msg + tracebackText(L, L1, level));
  return 1;
}

/** debug.debug(): read and run lines from stdin until "cont" or the end of input. */
function debugLoop(L: LuaState, base: number): number {
  const err = (s: string): void => { writeStderr(s); };
  for (;;) {
    err('lua_debug> ');
    const line = readLine();
    if (line === null || line === 'cont\n') return 0;
    const fn = loadString(L, line, '=(debug command)');
    if (typeof fn === 'string') { err(fn + '\n'); continue; }
    const fslot = base + 1;
    setObj(fslot, fn, T.FUNC);
    try {
      call(L, fslot, 0, 0);
    } catch (e) {
      const le = e as { hi?: number; lo?: number; text?: string };
      if (le.hi === undefined) throw e;
      err((le.hi === T.STR ? L.g.strs.text(le.lo!) : le.hi < T.ISNUM ? String(le.text) : '(error object is not a string)') + '\n');
    }
  }
}

function writeStderr(s: string): void {
  try { writeSync(2, Buffer.from(s, 'latin1')); } catch { /* no stderr: nothing to report to */ }
}

/** One line from stdin with its newline (null at the end), read byte by byte like fgets. */
function readLine(): string | null {
  const one = Buffer.alloc(1);
  let s = '';
  for (;;) {
    let n = 0;
    try { n = readSync(0, one, 0, 1, null); } catch { n = 0; }
    if (n === 0) return s === '' ? null : s;
    s += String.fromCharCode(one[0]!);
    if (one[0] === 10) return s;
  }
}

const lib: Record<string, LibFunc> = {
  getregistry, getmetatable, setmetatable, getfenv, setfenv, getinfo, getlocal, setlocal,
  getupvalue, setupvalue, upvalueid, upvaluejoin, sethook, gethook, debug: debugLoop, traceback,
};

export function openDebug(L: LuaState): void {
  const t = L.newTab(0, 4);
  register(L, t, lib);
  setGlobal(L, 'debug', t);
}

