// Argument checking and errors for library functions written in TypeScript. (lj_lib.c, lj_err.c err_argmsg)
import { u32, f64 } from '../heap.js';
import { T, typeName } from '../value.js';
import { BC_MM, MM, bcOp, bcA } from '../../bytecode/bcdef.js';
import * as str from '../str.js';
import { LuaState, frameAtLevel, frameFunc, protoOf } from '../state.js';
import { slotName } from '../debug.js';
import { strToNum } from '../strscan.js';
import { fmtNum } from '../strfmt.js';

/** Name under which the running C function was called, as lj_debug_funcname finds it. */
function calledAs(L: LuaState): { kind: string | null; name: string } {
  const f = frameAtLevel(L, 1);
  if (f === null || f.pc < 0) return { kind: null, name: '?' };
  const pt = protoOf(L, frameFunc(f.base));
  if (pt === undefined) return { kind: null, name: '?' };
  const ins = u32[f.pc];
  const mm = BC_MM[bcOp(ins)];
  if (mm === MM.call) {
    const n = slotName(pt, f.pc, bcA(ins));
    return n === null ? { kind: null, name: '?' } : n;
  }
  if (mm !== MM.none) return { kind: 'metamethod', name: '' };
  return { kind: null, name: '?' };
}

/** Raise "bad argument #narg to 'fname' (msg)" in the context of the caller. */
export function argError(L: LuaState, narg: number, msg: string): never {
  const { kind, name } = calledAs(L);
  if (kind === 'method' && --narg === 0) return L.callerError(`calling '${name}' on bad self (${msg})`);
  return L.callerError(`bad argument #${narg} to '${name}' (${msg})`);
}

export function typeError(L: LuaState, base: number, nargs: number, i: number, expected: string): never {
  // Functions LuaJIT writes in Lua see a missing argument as nil.
  const fn = u32[(L.base - 2) << 1];
  const luaWritten = L.base === base && (L.g.cfuncs[u32[(fn + 12) >> 2]]?.luaArgs ?? false);
  const got = i > nargs && !luaWritten ? 'no value' : typeName(i > nargs ? T.NIL : u32[((base + i - 1) << 1) + 1]);
  return argError(L, i, `${expected} expected, got ${got}`);
}

const slotTag = (base: number, nargs: number, i: number): number => (i > nargs ? T.NIL : u32[((base + i - 1) << 1) + 1]);

/** Argument i (1-based) as a number, coercing numeric strings. */
export function checkNumber(L: LuaState, base: number, nargs: number, i: number): number {
  const s = base + i - 1;
  const tag = slotTag(base, nargs, i);
  if (tag < T.ISNUM) return f64[s];
  if (tag === T.STR) {
    const x = strToNum(str.strText(u32[s << 1]));
    if (x !== undefined) return x;
  }
  return typeError(L, base, nargs, i, 'number');
}

/** C's (int32_t) cast of a double, as cvttsd2si does it. */
export function num2int(x: number): number {
  return x >= -2147483648 && x < 2147483648 ? Math.trunc(x) | 0 : -2147483648;
}

export function checkInt(L: LuaState, base: number, nargs: number, i: number): number {
  return num2int(checkNumber(L, base, nargs, i));
}

export function optInt(L: LuaState, base: number, nargs: number, i: number, def: number): number {
  return slotTag(base, nargs, i) === T.NIL ? def : checkInt(L, base, nargs, i);
}

/** Argument i as a byte string, converting numbers. */
export function checkStr(L: LuaState, base: number, nargs: number, i: number): string {
  const s = base + i - 1;
  const tag = slotTag(base, nargs, i);
  if (tag === T.STR) return str.strText(u32[s << 1]);
  if (tag < T.ISNUM) return fmtNum(f64[s]);
  return typeError(L, base, nargs, i, 'string');
}

export function optStr(L: LuaState, base: number, nargs: number, i: number, def: string): string {
  return slotTag(base, nargs, i) === T.NIL ? def : checkStr(L, base, nargs, i);
}

export function checkTab(L: LuaState, base: number, nargs: number, i: number): number {
  if (slotTag(base, nargs, i) !== T.TAB) typeError(L, base, nargs, i, 'table');
  return u32[(base + i - 1) << 1];
}

export function checkFunc(L: LuaState, base: number, nargs: number, i: number): number {
  if (slotTag(base, nargs, i) !== T.FUNC) typeError(L, base, nargs, i, 'function');
  return u32[(base + i - 1) << 1];
}

export function checkAny(L: LuaState, base: number, nargs: number, i: number): void {
  if (i > nargs) argError(L, i, 'value expected');
}

export const argTag = slotTag;
