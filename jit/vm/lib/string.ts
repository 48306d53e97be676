// The string library: len, sub, upper, lower, rep, reverse, byte, char, dump, and the string metatable.
// Patterns and format live in strpat.ts / strformat.ts. (lib_string.c)
import { u32, f64 } from '../heap.js';
import { T } from '../obj.js';
import { MM } from '../../bytecode/bcdef.js';
import { MAX_STR } from '../str.js';
import { LuaState, protoOf } from '../state.js';
import * as aux from './aux.js';
import { register, registerLua, setGlobal, type LibFunc } from './base.js';
import { ErrMsg } from '../err.js';
import { dumpProto } from '../load.js';
import { Fault } from '../fault.js';

const ERR_STRDUMP = 'unable to dump given function';

/** Lua's relative string position: negative counts from the end. */
const posrelat = (pos: number, len: number): number => (pos >= 0 ? pos : pos + len + 1);

export const stringLib: Record<string, LibFunc> = {
  sub(L, base, nargs) {
    const s = aux.checkStr(L, base, nargs, 1);
    const len = s.length;
    let i = posrelat(aux.checkInt(L, base, nargs, 2), len);
    const j0 = aux.optInt(L, base, nargs, 3, -1);
    let j = posrelat(j0, len);
    // Fault.SUB_NEG_END (planted, tests only): a negative end below -1 maps one byte short.
    if (j0 <= -2 && (L.g.faults & Fault.SUB_NEG_END) !== 0) j--;
    if (i < 1) i = 1;
    if (j > len) j = len;
    L.setStr(base, i <= j ? s.slice(i - 1, j) : '');
    return 1;
  },
  upper(L, base, nargs) {
    const s = aux.checkStr(L, base, nargs, 1);
    L.setStr(base, s.replace(/[a-z]+/g, (m) => m.toUpperCase()));
    return 1;
  },
  lower(L, base, nargs) {
    const s = aux.checkStr(L, base, nargs, 1);
    L.setStr(base, s.replace(/[A-Z]+/g, (m) => m.toLowerCase()));
    return 1;
  },
  rep(L, base, nargs) {
    const s = aux.checkStr(L, base, nargs, 1);
    const n = aux.checkInt(L, base, nargs, 2);
    const sep = aux.optStr(L, base, nargs, 3, '');
    if (n <= 0 || (s.length === 0 && sep.length === 0)) { L.setStr(base, ''); return 1; }
    const total = s.length * n + sep.length * (n - 1);
    if (total >= MAX_STR) L.callerError(ErrMsg.ERRMEM);
    L.setStr(base, sep.length === 0 ? s.repeat(n) : Array(n).fill(s).join(sep));
    return 1;
  },
  reverse(L, base, nargs) {
    const s = aux.checkStr(L, base, nargs, 1);
    let r = '';
    for (let i = s.length - 1; i >= 0; i--) r += s[i];
    L.setStr(base, r);
    return 1;
  },
  byte(L, base, nargs) {
    const s = aux.checkStr(L, base, nargs, 1);
    const len = s.length;
    const i = posrelat(aux.optInt(L, base, nargs, 2, 1), len);
    const j = posrelat(aux.optInt(L, base, nargs, 3, i), len);
    const start = i < 1 ? 1 : i;
    const end = j > len ? len : j;
    if (start > end) return 0;
    const n = end - start + 1;
    if (!L.checkStack(base + n)) L.callerError('string slice too long');
    for (let k = 0; k < n; k++) f64[base + k] = s.charCodeAt(start - 1 + k);
    return n;
  },
  char(L, base, nargs) {
    let r = '';
    for (let i = 1; i <= nargs; i++) {
      const c = aux.checkInt(L, base, nargs, i);
      if (c < 0 || c > 255) aux.argError(L, i, 'invalid value');
      r += String.fromCharCode(c);
    }
    L.setStr(base, r);
    return 1;
  },
};

/** string.dump(f [, strip]): LuaJIT's bytecode dump of a Lua function (lib_string.c, lj_bcwrite.c). */
const dump: LibFunc = (L, base, nargs) => {
  const fn = aux.checkFunc(L, base, nargs, 1);
  const strip = nargs >= 2 && u32[((base + 1) << 1) + 1] < T.ISTRUECOND;
  const pt = protoOf(L, fn);
  if (pt === undefined) return L.callerError(ERR_STRDUMP);
  L.setStr(base, dumpProto(L, pt, strip));
  return 1;
};

/** Functions not written yet raise a clear Lua error rather than a JS exception. */
const notYet = (name: string): LibFunc => (L) => L.callerError(`string.${name} is not implemented yet`);

export function openString(L: LuaState, extra: Record<string, LibFunc> = {}): void {
  const t = L.newTab(0, 5);
  const all: Record<string, LibFunc> = { ...stringLib };
  const own: Record<string, LibFunc> = { dump };
  for (const n of ['find', 'match', 'gmatch', 'gsub', 'format', 'dump']) all[n] = extra[n] ?? own[n] ?? notYet(n);
  register(L, t, all);
  registerLua(L, t, { len: 'function(s) CHECK_str(s) return #s end' });
  setGlobal(L, 'string', t);
  // Strings index the string table through their shared metatable.
  const mt = L.newTab(0, 1);
  const ix = L.tsetStr(mt, L.g.mmname(MM.index));
  u32[ix << 1] = t; u32[(ix << 1) + 1] = T.TAB;
  L.g.setBasemt((~T.STR) >>> 0, mt);
}
