// The base library: print, type, tostring, tonumber, pairs, ipairs, next, select, unpack, raw*,
// metatables, error/assert/pcall/xpcall, loadstring, fenv, collectgarbage. (lib_base.c)
import { u8, u32, f64 } from '../heap.js';
import { fullGC, setStopped, runFinalizers } from '../gc.js';
import { T, GCT, FF, FN_ENV, FN_FFID, UD_MT, UD_ENV, udataSize } from '../obj.js';
import { typeName, copyTV, setNil, setBool, setObj } from '../value.js';
import { MM } from '../../bytecode/bcdef.js';
import * as tab from '../tab.js';
import { metatableOf, metaLookup, metaGet, rawEqual, strOrNumText } from '../meta.js';
import { toStringMeta, toStringRaw } from '../api.js';
import { LuaState, newCFunction, cfuncOf, frameAtLevel, frameFunc, posPrefix, FRAME_SLOTS, FFH_TAILCALL } from '../state.js';
import { funcEnv } from '../func.js';
import { LuaError, ErrMsg, BudgetExceeded } from '../err.js';
import { call } from '../interp.js';
import { StrBuf } from '../strbuf.js';
import * as aux from './aux.js';
import { strscan, strToNumBase } from '../strscan.js';
import { loadString } from '../load.js';
import { Fault } from '../fault.js';
import { luaLibFunction } from './libbc.js';
import { readFile, cPath, cString, strerror, STDIN_READER, type StdinReader } from './stdio.js';

export type LibFunc = (L: LuaState, base: number, nargs: number) => number;

/** Register functions into table t (a heap ref). Returns the created function objects by name. */
export function register(L: LuaState, t: number, fns: Record<string, LibFunc>, ffids: Record<string, number> = {}): Record<string, number> {
  const made: Record<string, number> = {};
  for (const [name, fn] of Object.entries(fns)) {
    const f = newCFunction(L, name, fn, ffids[name] ?? FF.C);
    L.g.builtins.push(f);
    const s = L.tsetStr(t, L.str(name));
    u32[s << 1] = f; u32[(s << 1) + 1] = T.FUNC;
    made[name] = f;
  }
  return made;
}

/** Register library functions written in Lua (name -> source of a function expression; libbc.ts). */
export function registerLua(L: LuaState, t: number, fns: Record<string, string>): void {
  for (const [name, source] of Object.entries(fns)) {
    const f = luaLibFunction(L, name, source);
    const s = L.tsetStr(t, L.str(name));
    u32[s << 1] = f; u32[(s << 1) + 1] = T.FUNC;
  }
}

/** Set global `name` to table `t`. */
export function setGlobal(L: LuaState, name: string, t: number): void {
  const s = L.tsetStr(L.g.globals, L.str(name));
  u32[s << 1] = t; u32[(s << 1) + 1] = T.TAB;
}


/** Write output through the state's sink (buffered). */
export function writeOut(L: LuaState, s: string): void {
  const g = L.g;
  g.out.push(s);
  g.outLen += s.length;
  if (g.write !== undefined && g.outLen > 65536) flushOut(L);
}

export function flushOut(L: LuaState): void {
  const g = L.g;
  if (g.write !== undefined && g.out.length > 0) {
    g.write(g.out.join(''));
    g.out = [];
    g.outLen = 0;
  }
}

function print(L: LuaState, base: number, nargs: number): number {
  const parts: string[] = [];
  const g = L.g;
  const gts = tab.getStr(g.globals, g.tostringName);
  const builtin = gts >= 0 && u32[(gts << 1) + 1] === T.FUNC && u32[gts << 1] === g.tostringFunc;
  for (let i = 0; i < nargs; i++) {
    const s = base + i;
    const tag = u32[(s << 1) + 1];
    if (builtin || gts < 0) {
      parts.push(tag === T.STR ? g.strs.text(u32[s << 1]) : toStringMeta(L, s));
    } else {
      const top = base + nargs + 1;
      copyTV(top, gts);
      copyTV(top + 2, s);
      call(L, top, 1, 1);
      const rt = u32[(top << 1) + 1];
      if (rt !== T.STR && rt >= T.ISNUM) L.callerError(ErrMsg.PRTOSTR);
      parts.push(strOrNumText(g, top));
    }
  }
  writeOut(L, parts.join('\t') + '\n');
  return 0;
}

function type(L: LuaState, base: number, nargs: number): number {
  aux.checkAny(L, base, nargs, 1);
  L.setStr(base, typeName(u32[(base << 1) + 1]));
  return 1;
}

function tostring(L: LuaState, base: number, nargs: number): number {
  aux.checkAny(L, base, nargs, 1);
  const mo = metaLookup(L.g, base, MM.tostring);
  if (mo >= 0) {
    // Replace tostring by a call of __tostring with the one argument, as LuaJIT does: it runs as a
    // Lua call (it may yield) and whatever it returns is returned unchecked.
    copyTV(base - FRAME_SLOTS, mo);
    L.top = base + 1;
    return FFH_TAILCALL;
  }
  // Fault.TOSTRING_NEG_ZERO (planted, tests only): a negative zero loses its sign.
  if ((L.g.faults & Fault.TOSTRING_NEG_ZERO) !== 0 && u32[(base << 1) + 1] < T.ISNUM && Object.is(f64[base], -0)) f64[base] = 0;
  if (u32[(base << 1) + 1] !== T.STR) L.setStr(base, toStringRaw(L, base));
  return 1;
}

function tonumber(L: LuaState, base: number, nargs: number): number {
  const b = aux.optInt(L, base, nargs, 2, 10);
  const tag = aux.argTag(base, nargs, 1);
  if (b === 10) { // base 10 means the full number syntax (lj_lib tonumber)
    aux.checkAny(L, base, nargs, 1);
    if (tag < T.ISNUM) return 1;
    if (tag === T.STR) {
      const x = strscan(L.g.strs.text(u32[base << 1]));
      if (x !== undefined) { f64[base] = x; return 1; }
    }
    setNil(base);
    return 1;
  }
  if (b < 2 || b > 36) aux.argError(L, 2, ErrMsg.BASERNG);
  const s = aux.checkStr(L, base, nargs, 1);
  const x = strToNumBase(s, b);
  if (x !== undefined) f64[base] = x; else setNil(base);
  return 1;
}

function next(L: LuaState, base: number, nargs: number): number {
  const t = aux.checkTab(L, base, nargs, 1);
  if (nargs < 2) setNil(base + 1);
  const r = tab.next(L.g, t, base + 1, base);
  if (r < 0) L.callerError(ErrMsg.NEXTIDX);
  if (r === 0) { setNil(base); return 1; }
  return 2;
}

function pairs(L: LuaState, base: number, nargs: number): number {
  // LuaJIT 2.1 (without 5.2 compatibility) honours __pairs only for cdata, which this VM has not.
  aux.checkAny(L, base, nargs, 1);
  aux.checkTab(L, base, nargs, 1);
  copyTV(base + 1, base);
  u32[base << 1] = L.g.nextFunc; u32[(base << 1) + 1] = T.FUNC;
  setNil(base + 2);
  return 3;
}

function ipairsAux(L: LuaState, base: number, nargs: number): number {
  const t = aux.checkTab(L, base, nargs, 1);
  const i = aux.checkNumber(L, base, nargs, 2) + 1;
  const v = tab.getNum(t, i);
  if (v < 0 || u32[(v << 1) + 1] === T.NIL) return 0; // LuaJIT's ipairs_aux returns nothing at the end
  f64[base] = i;
  copyTV(base + 1, v);
  return 2;
}

function ipairs(L: LuaState, base: number, nargs: number): number {
  aux.checkAny(L, base, nargs, 1);
  aux.checkTab(L, base, nargs, 1);
  copyTV(base + 1, base);
  u32[base << 1] = L.g.ipairsAux; u32[(base << 1) + 1] = T.FUNC;
  f64[base + 2] = 0;
  return 3;
}

function select(L: LuaState, base: number, nargs: number): number {
  if (aux.argTag(base, nargs, 1) === T.STR && L.g.strs.text(u32[base << 1]) === '#') {
    f64[base] = nargs - 1;
    return 1;
  }
  let n = aux.checkInt(L, base, nargs, 1);
  if (n < 0) n = nargs + n;
  else if (n > nargs) n = nargs;
  if (n < 1) aux.argError(L, 1, ErrMsg.IDXRNG);
  const cnt = nargs - n;
  u32.copyWithin(base << 1, (base + n) << 1, (base + nargs) << 1);
  return cnt;
}

/** Most values unpack() may return (LUAI_MAXCSTACK). */
const MAX_UNPACK = 8000;

function unpack(L: LuaState, base: number, nargs: number): number {
  const t = aux.checkTab(L, base, nargs, 1);
  const i = aux.optInt(L, base, nargs, 2, 1);
  const e = aux.argTag(base, nargs, 3) === T.NIL ? tab.len(t) : aux.checkInt(L, base, nargs, 3);
  if (i > e) return 0;
  const n = e - i + 1;
  if (n <= 0 || n >= MAX_UNPACK || !L.checkStack(base + n)) L.callerError(ErrMsg.UNPACK);
  for (let k = 0; k < n; k++) {
    const v = tab.getInt(t, i + k);
    if (v < 0) setNil(base + k); else copyTV(base + k, v);
  }
  return n;
}

function rawget(L: LuaState, base: number, nargs: number): number {
  const t = aux.checkTab(L, base, nargs, 1);
  aux.checkAny(L, base, nargs, 2);
  const v = tab.get(t, base + 1);
  if (v < 0) setNil(base); else copyTV(base, v);
  return 1;
}

function rawset(L: LuaState, base: number, nargs: number): number {
  const t = aux.checkTab(L, base, nargs, 1);
  aux.checkAny(L, base, nargs, 2);
  aux.checkAny(L, base, nargs, 3);
  const kt = u32[((base + 1) << 1) + 1];
  if (kt === T.NIL) L.callerError(ErrMsg.NILIDX);
  if (kt < T.ISNUM && f64[base + 1] !== f64[base + 1]) L.callerError(ErrMsg.NANIDX);
  copyTV(L.tset(t, base + 1), base + 2);
  return 1;
}

function rawequal(L: LuaState, base: number, nargs: number): number {
  aux.checkAny(L, base, nargs, 1);
  aux.checkAny(L, base, nargs, 2);
  setBool(base, rawEqual(base, base + 1));
  return 1;
}

function setmetatable(L: LuaState, base: number, nargs: number): number {
  const t = aux.checkTab(L, base, nargs, 1);
  const mtag = aux.argTag(base, nargs, 2);
  if (nargs < 2 || (mtag !== T.NIL && mtag !== T.TAB)) aux.argError(L, 2, 'nil or table expected');
  const old = tab.metatable(t);
  if (old !== 0 && metaGet(L.g, old, MM.metatable) >= 0) L.callerError(ErrMsg.PROTMT);
  tab.setMetatable(t, mtag === T.TAB ? u32[(base + 1) << 1] : 0);
  return 1;
}

function getmetatable(L: LuaState, base: number, nargs: number): number {
  aux.checkAny(L, base, nargs, 1);
  const mt = metatableOf(L.g, base);
  if (mt === 0) { setNil(base); return 1; }
  const prot = metaGet(L.g, mt, MM.metatable);
  if (prot >= 0) copyTV(base, prot);
  else { u32[base << 1] = mt; u32[(base << 1) + 1] = T.TAB; }
  return 1;
}

function assert(L: LuaState, base: number, nargs: number): number {
  aux.checkAny(L, base, nargs, 1);
  if (u32[(base << 1) + 1] >= T.ISTRUECOND) {
    // A string or number message gets the caller's position (lj_err_callermsg); other values pass as is.
    const mt = aux.argTag(base, nargs, 2);
    if (nargs >= 2 && (mt === T.STR || mt < T.ISNUM)) L.callerError(strOrNumText(L.g, base + 1));
    if (nargs >= 2) throw new LuaError(u32[((base + 1) << 1) + 1], u32[(base + 1) << 1]);
    L.callerError(ErrMsg.ASSERT);
  }
  return nargs;
}

function error(L: LuaState, base: number, nargs: number): number {
  const level = aux.optInt(L, base, nargs, 2, 1);
  if (nargs < 1) setNil(base);
  const tag = u32[(base << 1) + 1];
  if ((tag === T.STR || tag < T.ISNUM) && level > 0) {
    // A number becomes a string here even when no position is added (lua_isstring is true for it).
    L.setStr(base, posPrefix(L, frameAtLevel(L, level)) + strOrNumText(L.g, base));
  }
  throw new LuaError(u32[(base << 1) + 1], u32[base << 1]);
}

/** pcall/xpcall when called from TypeScript (the interpreter handles calls from Lua itself). */
function pcall(L: LuaState, base: number, nargs: number): number {
  aux.checkAny(L, base, nargs, 1);
  // [f][args] -> [f][link][args]
  u32.copyWithin((base + 2) << 1, (base + 1) << 1, (base + nargs) << 1);
  return protectedCall(L, base, base, nargs - 1, -1);
}

function xpcall(L: LuaState, base: number, nargs: number): number {
  aux.checkAny(L, base, nargs, 1);
  aux.checkFunc(L, base, nargs, 2);
  // [f][h][args] -> ... [h][f][link][args] above the arguments, so h stays on the stack.
  const hslot = base + nargs;
  copyTV(hslot, base + 1);
  copyTV(hslot + 1, base);
  u32.copyWithin((hslot + 3) << 1, (base + 2) << 1, (base + nargs) << 1);
  return protectedCall(L, base, hslot + 1, nargs - 2, hslot);
}

function protectedCall(L: LuaState, out: number, fslot: number, nargs: number, handler: number): number {
  try {
    const n = call(L, fslot, nargs, -1);
    u32.copyWithin((out + 1) << 1, fslot << 1, (fslot + n) << 1);
    u32[(out << 1) + 1] = T.TRUE;
    return n + 1;
  } catch (e) {
    if (!(e instanceof LuaError)) throw e;
    L.closeUpvals(fslot);
    let lo = e.lo, hi = e.hi;
    if (handler >= 0) {
      const hs = fslot + 1;
      copyTV(hs, handler);
      u32[(hs + 2) << 1] = lo; u32[((hs + 2) << 1) + 1] = hi;
      try {
        call(L, hs, 1, 1);
        lo = u32[hs << 1]; hi = u32[(hs << 1) + 1];
      } catch (e2) {
        if (e2 instanceof BudgetExceeded) throw e2;
        lo = L.str(ErrMsg.ERRERR); hi = T.STR;
      }
    }
    u32[(out << 1) + 1] = T.FALSE;
    u32[(out + 1) << 1] = lo; u32[((out + 1) << 1) + 1] = hi;
    return 2;
  }
}

/** Results of load/loadstring: the function, or nil and the syntax error message. */
function loaded(L: LuaState, base: number, r: number | string): number {
  if (typeof r === 'string') {
    setNil(base);
    L.setStr(base + 1, r);
    return 2;
  }
  u32[base << 1] = r; u32[(base << 1) + 1] = T.FUNC;
  return 1;
}

function loadstring(L: LuaState, base: number, nargs: number): number {
  const s = aux.checkStr(L, base, nargs, 1);
  const name = aux.optStr(L, base, nargs, 2, s);
  return loaded(L, base, loadString(L, s, name));
}

/** LJ_ERR_XMODE: loadfile's mode excludes the chunk's kind (text or bytecode). */
const WRONG_MODE = 'attempt to load chunk with wrong mode';

/**
 * luaL_loadfilex: the function compiled from file `fname` (stdin when null, chunk "=stdin"), or the
 * message: "cannot open NAME: ...", "cannot read NAME: ...", a syntax error, a mode mismatch.
 */
function loadFile(L: LuaState, fname: string | null, mode: string | null): number | string {
  const r = fname === null ? L.g.libState<StdinReader>(STDIN_READER, () => { throw new Error('io library not opened'); })() : readFile(cPath(fname));
  const name = fname === null ? 'stdin' : cString(fname);
  if ('openErr' in r) return `cannot open ${name}: ${strerror(r.openErr)}`;
  if ('readErr' in r) return `cannot read ${name}: ${strerror(r.readErr)}`;
  if (mode !== null && !cString(mode).includes(r.data.charCodeAt(0) === 0x1b ? 'b' : 't')) return WRONG_MODE;
  return loadString(L, r.data, fname === null ? '=stdin' : '@' + name);
}

function loadfile(L: LuaState, base: number, nargs: number): number {
  const fname = aux.argTag(base, nargs, 1) === T.NIL ? null : aux.checkStr(L, base, nargs, 1);
  const mode = aux.argTag(base, nargs, 2) === T.NIL ? null : aux.checkStr(L, base, nargs, 2);
  const r = loadFile(L, fname, mode);
  if (typeof r !== 'string' && aux.argTag(base, nargs, 3) === T.TAB) u32[(r + FN_ENV) >> 2] = u32[(base + 2) << 1];
  return loaded(L, base, r);
}

/** dofile([name]): run the file's chunk (stdin without a name) and return all its results. */
function dofile(L: LuaState, base: number, nargs: number): number {
  const fname = aux.argTag(base, nargs, 1) === T.NIL ? null : aux.checkStr(L, base, nargs, 1);
  const r = loadFile(L, fname, null);
  if (typeof r === 'string') L.throwStr(r);
  u32[base << 1] = r; u32[(base << 1) + 1] = T.FUNC;
  const n = call(L, base, 0, -1);
  return n;
}

/** gcinfo(): collectgarbage("count") in whole KB. */
function gcinfo(L: LuaState, base: number): number {
  f64[base] = Math.floor(L.g.gc.total / 1024);
  return 1;
}

/** Function at level/function argument i for getfenv/setfenv; 0 = the thread (level 0). */
function fenvTarget(L: LuaState, base: number, nargs: number, setter: boolean): number {
  const tag = aux.argTag(base, nargs, 1);
  if (tag === T.FUNC) return u32[base << 1];
  const level = setter ? aux.checkInt(L, base, nargs, 1) : aux.optInt(L, base, nargs, 1, 1);
  if (level < 0) aux.argError(L, 1, "level must be non-negative");
  if (level === 0) return 0;
  const f = frameAtLevel(L, level);
  if (f === null) aux.argError(L, 1, ErrMsg.INVLVL);
  return frameFunc(f.base);
}

function getfenv(L: LuaState, base: number, nargs: number): number {
  const f = fenvTarget(L, base, nargs, false);
  const env = f === 0 || u8[f + FN_FFID] !== FF.LUA ? L.g.globals : funcEnv(f);
  u32[base << 1] = env; u32[(base << 1) + 1] = T.TAB;
  return 1;
}

function setfenv(L: LuaState, base: number, nargs: number): number {
  const t = aux.checkTab(L, base, nargs, 2);
  const f = fenvTarget(L, base, nargs, true);
  if (f === 0) { L.g.globals = t; return 0; }
  if (u8[f + FN_FFID] !== FF.LUA) L.callerError(ErrMsg.SETFENV);
  u32[(f + FN_ENV) >> 2] = t;
  u32[base << 1] = f; u32[(base << 1) + 1] = T.FUNC;
  return 1;
}

function collectgarbage(L: LuaState, base: number, nargs: number): number {
  const g = L.g;
  const opt = aux.optStr(L, base, nargs, 1, 'collect');
  switch (opt) {
    case 'count':
      f64[base] = g.gc.total / 1024;
      return 1;
    case 'collect':
      fullGC(g, L.top);
      runFinalizers(L, L.top, call);
      f64[base] = 0;
      return 1;
    case 'step':
      // Our collector has no partial steps: a step completes a cycle, as LuaJIT reports with true.
      fullGC(g, L.top);
      runFinalizers(L, L.top, call);
      setBool(base, true);
      return 1;
    case 'stop': case 'restart':
      setStopped(g, opt === 'stop');
      f64[base] = 0;
      return 1;
    case 'setpause': case 'setstepmul': {
      const v = aux.optInt(L, base, nargs, 2, 0);
      const gs = g.gc;
      f64[base] = opt === 'setpause' ? gs.pause : gs.stepmul;
      if (opt === 'setpause') gs.pause = v; else gs.stepmul = v;
      gs.pace();
      return 1;
    }
    default:
      return aux.argError(L, 1, `invalid option '${opt}'`);
  }
}

/** newproxy(false|true|proxy): an empty userdata, optionally with a fresh or a shared metatable. */
function newproxy(L: LuaState, base: number, nargs: number): number {
  const tag = aux.argTag(base, nargs, 1);
  let mt = 0;
  if (tag === T.TRUE) {
    mt = L.newTab(0, 1);
    u32[base << 1] = mt; u32[(base << 1) + 1] = T.TAB; // keep it on the stack while the userdata is made
  } else if (tag === T.UDATA) {
    mt = u32[(u32[base << 1] + UD_MT) >> 2];
  } else if (tag !== T.FALSE && tag !== T.NIL) {
    aux.argError(L, 1, 'boolean or proxy expected');
  }
  const ud = L.g.newObj(udataSize(0), GCT.UDATA);
  if (ud === 0) L.errMem();
  u32[(ud + UD_MT) >> 2] = mt;
  u32[(ud + UD_ENV) >> 2] = L.g.globals;
  u32[base << 1] = ud; u32[(base << 1) + 1] = T.UDATA;
  return 1;
}

/** load(f|s [, chunkname]): a string loads like loadstring; a function is called for the pieces. */
function load(L: LuaState, base: number, nargs: number): number {
  if (aux.argTag(base, nargs, 1) === T.STR) return loadstring(L, base, nargs);
  aux.checkFunc(L, base, nargs, 1);
  const name = aux.optStr(L, base, nargs, 2, '=(load)');
  const chunk = new StrBuf(L);
  const top = base + Math.max(nargs, 2);
  // The reader runs inside the protected load (lua_load): its errors become load's nil, message.
  try {
    for (;;) {
      copyTV(top, base);
      call(L, top, 0, 1);
      const tag = u32[(top << 1) + 1];
      if (tag === T.NIL) break;
      if (tag !== T.STR && tag >= T.ISNUM) L.callerError('reader function must return a string');
      const piece = strOrNumText(L.g, top);
      if (piece.length === 0) break;
      chunk.add(piece);
    }
  } catch (e) {
    if (!(e instanceof LuaError)) throw e;
    setNil(base);
    u32[(base + 1) << 1] = e.lo; u32[((base + 1) << 1) + 1] = e.hi;
    return 2;
  }
  return loaded(L, base, loadString(L, chunk.toString(), name));
}

/** The type names LuaJIT's type() keeps as its 14 C upvalues (one per internal type tag, in order). */
const TYPE_UPVALUES = [
  'nil', 'boolean', 'boolean', 'userdata', 'string', 'upval', 'thread', 'proto', 'function', 'trace', 'cdata',
  'table', 'userdata', 'number',
];

/**
 * The C upvalues debug.getupvalue shows for the base functions that have them in LuaJIT: print's
 * "tostring" (the name it looks up), pairs' next, ipairs' iterator, type's names. Setting one
 * changes what print looks up; the others are read-only here.
 */
function setCUpvalues(L: LuaState, made: Record<string, number>, ipairsIter: number): void {
  const g = L.g;
  const fixed = (f: number, get: (n: number, dst: number) => void): void => {
    cfuncOf(L, f).upvalues = { get, set() {} };
  };
  cfuncOf(L, made.print!).upvalues = {
    get(_n, dst) { setObj(dst, g.tostringName, T.STR); },
    set(_n, src) {
      if (u32[(src << 1) + 1] !== T.STR) return;
      g.tostringName = u32[src << 1];
      g.builtins.push(g.tostringName);
    },
  };
  fixed(made.pairs!, (_n, dst) => setObj(dst, made.next!, T.FUNC));
  fixed(made.ipairs!, (_n, dst) => setObj(dst, ipairsIter, T.FUNC));
  fixed(made.type!, (n, dst) => L.setStr(dst, TYPE_UPVALUES[n - 1]!));
}

/** Open the base library into the global table. */
export function openBase(L: LuaState): void {
  const g = L.g;
  const G = g.globals;
  const made = register(L, G, {
    print, type, tostring, tonumber, next, pairs, ipairs, select, unpack, rawget, rawset, rawequal,
    setmetatable, getmetatable, assert, error, pcall, xpcall, loadstring, getfenv, setfenv,
    collectgarbage, newproxy, load, loadfile, dofile, gcinfo,
  }, { pcall: FF.pcall, xpcall: FF.xpcall });
  g.nextFunc = made.next;
  g.tostringFunc = made.tostring;
  g.tostringName = L.str('tostring');
  g.builtins.push(g.tostringName); // print's way to tostring, even after `tostring = nil`
  g.ipairsAux = newCFunction(L, 'ipairs_aux', ipairsAux);
  g.builtins.push(g.ipairsAux); // only g holds it between ipairs() calls: a root
  setCUpvalues(L, made, g.ipairsAux);
  const gs = L.tsetStr(G, L.str('_G'));
  u32[gs << 1] = G; u32[(gs << 1) + 1] = T.TAB;
  L.setStr(L.tsetStr(G, L.str('_VERSION')), 'Lua 5.1');
}
