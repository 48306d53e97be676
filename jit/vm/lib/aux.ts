// Argument checking for library functions written in TypeScript. (lj_lib.c lj_lib_check*)
import { u32, f64 } from '../heap.js';
import { T } from '../obj.js';
import type { LuaState } from '../state.js';
import { argError, typeError } from '../debug.js';
import { strscan } from '../strscan.js';
import { fmtNum } from '../strfmt.js';
import { num2int } from '../vmmath.js';

export { argError, typeError };

const slotTag = (base: number, nargs: number, i: number): number => (i > nargs ? T.NIL : u32[((base + i - 1) << 1) + 1]);

/** Argument i (1-based) as a number, coercing numeric strings. */
export function checkNumber(L: LuaState, base: number, nargs: number, i: number): number {
  const s = base + i - 1;
  const tag = slotTag(base, nargs, i);
  if (tag < T.ISNUM) return f64[s];
  if (tag === T.STR) {
    const x = strscan(L.g.strs.text(u32[s << 1]));
    if (x !== undefined) return x;
  }
  return typeError(L, base, nargs, i, 'number');
}

export function optNumber(L: LuaState, base: number, nargs: number, i: number, def: number): number {
  return slotTag(base, nargs, i) === T.NIL ? def : checkNumber(L, base, nargs, i);
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
  if (tag === T.STR) return L.g.strs.text(u32[s << 1]);
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
