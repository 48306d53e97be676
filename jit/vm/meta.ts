// Metamethod slow paths of the interpreter: index, newindex, arithmetic, comparison, concat, length,
// call resolution, tostring. (lj_meta.c)
// Callers have synced L.base/L.pc/L.top; values are given as slots, register numbers only for naming.
import { u8, u32, f64 } from './heap.js';
import { T, typeName, copyTV } from './value.js';
import { MM } from '../bytecode/bcdef.js';
import * as tab from './tab.js';
import * as str from './str.js';
import { LuaState, metaLookup, metaGet, protoOf, frameFunc } from './state.js';
import { ErrMsg, badOpRT, badOpRV, badCmp } from './err.js';
import { slotName } from './debug.js';
import { strToNum } from './strscan.js';
import { fmtNum } from './strfmt.js';
import * as libm from './libm.js';
import { call } from './interp.js';
import { FN_FFID, FF } from './func.js';

const MAX_META_LOOP = 100;

// -- Errors naming the offending slot --------------------------------------------

/** Throw "attempt to <op> <kind> '<name>' (a <type> value)" for the value in slot o. */
export function errOpType(L: LuaState, o: number, op: string): never {
  const tname = typeName(u32[(o << 1) + 1]);
  const pt = protoOf(L, frameFunc(L.base));
  if (pt !== undefined && o >= L.base && o < L.top) {
    const n = slotName(pt, L.pc - 1, o - L.base);
    if (n !== null) L.runError(badOpRT(op, n.kind, n.name, tname));
  }
  return L.runError(badOpRV(op, tname));
}

// -- Calling metamethods -----------------------------------------------------------

/** Call the function in slot mm with (a, b) and store its first result in dst (dst < 0: discard). */
export function callMeta(L: LuaState, mm: number, a: number, b: number, dst: number): void {
  const top = L.top;
  copyTV(top, mm);
  copyTV(top + 2, a);
  copyTV(top + 3, b);
  call(L, top, 2, 1);
  if (dst >= 0) copyTV(dst, top);
}

function callMeta3(L: LuaState, mm: number, a: number, b: number, c: number): void {
  const top = L.top;
  copyTV(top, mm);
  copyTV(top + 2, a);
  copyTV(top + 3, b);
  copyTV(top + 4, c);
  call(L, top, 3, 0);
}

// -- Indexing ------------------------------------------------------------------------

/** dst = o[k] with __index. */
export function index(L: LuaState, o: number, k: number, dst: number): void {
  const cur = L.g.tmp + 8; // holds the object being indexed after the first hop
  for (let loop = 0; loop < MAX_META_LOOP; loop++) {
    let mm: number;
    if (u32[(o << 1) + 1] === T.TAB) {
      const t = u32[o << 1];
      const v = tab.get(t, k);
      if (v >= 0 && u32[(v << 1) + 1] !== T.NIL) { copyTV(dst, v); return; }
      const mt = u32[(t + tab.TAB_MT) >> 2];
      if (mt === 0 || (mm = metaGet(L, mt, MM.index)) < 0) { u32[(dst << 1) + 1] = T.NIL; return; }
    } else {
      mm = metaLookup(L, o, MM.index);
      if (mm < 0) errOpType(L, o, ErrMsg.OPINDEX);
    }
    if (u32[(mm << 1) + 1] === T.FUNC) { callMeta(L, mm, o, k, dst); return; }
    copyTV(cur, mm);
    o = cur;
  }
  L.runError(ErrMsg.GETLOOP);
}

function checkKey(L: LuaState, k: number): void {
  const tag = u32[(k << 1) + 1];
  if (tag === T.NIL) L.runError(ErrMsg.NILIDX);
  if (tag < T.ISNUM && f64[k] !== f64[k]) L.runError(ErrMsg.NANIDX);
}

/** o[k] = v with __newindex. */
export function newindex(L: LuaState, o: number, k: number, v: number): void {
  const cur = L.g.tmp + 9;
  for (let loop = 0; loop < MAX_META_LOOP; loop++) {
    let mm: number;
    if (u32[(o << 1) + 1] === T.TAB) {
      const t = u32[o << 1];
      const s = tab.get(t, k);
      if (s >= 0 && u32[(s << 1) + 1] !== T.NIL) { copyTV(s, v); return; }
      const mt = u32[(t + tab.TAB_MT) >> 2];
      if (mt === 0 || (mm = metaGet(L, mt, MM.newindex)) < 0) {
        if (s >= 0) { u8[t + tab.TAB_NOMM] = 0; copyTV(s, v); return; }
        checkKey(L, k);
        const d = tab.set(t, k);
        copyTV(d, v);
        return;
      }
    } else {
      mm = metaLookup(L, o, MM.newindex);
      if (mm < 0) errOpType(L, o, ErrMsg.OPINDEX);
    }
    if (u32[(mm << 1) + 1] === T.FUNC) { callMeta3(L, mm, o, k, v); return; }
    copyTV(cur, mm);
    o = cur;
  }
  L.runError(ErrMsg.SETLOOP);
}

// -- Arithmetic ------------------------------------------------------------------------

/** The number value of slot s with string coercion, or NaN-with-flag via `ok`. */
let coerceOk = false;
/** Whether the last toNumberCoerce succeeded. */
export const coerced = (): boolean => coerceOk;
export function toNumberCoerce(s: number): number {
  const tag = u32[(s << 1) + 1];
  if (tag < T.ISNUM) { coerceOk = true; return f64[s]; }
  if (tag === T.STR) {
    const x = strToNum(str.strText(u32[s << 1]));
    if (x !== undefined) { coerceOk = true; return x; }
  }
  coerceOk = false;
  return 0;
}

/** x ^ y exactly as the reference computes it: the C library's pow (see libm.ts). */
export const luaPow = libm.pow;

export function arithOp(mm: MM, x: number, y: number): number {
  switch (mm) {
    case MM.add: return x + y;
    case MM.sub: return x - y;
    case MM.mul: return x * y;
    case MM.div: return x / y;
    case MM.mod: return x - Math.floor(x / y) * y;
    case MM.pow: return luaPow(x, y);
    default: return -x;
  }
}

/** dst = b <op> c with coercion and metamethods. */
export function arith(L: LuaState, dst: number, b: number, c: number, mm: MM): void {
  const x = toNumberCoerce(b);
  const okb = coerceOk;
  const y = toNumberCoerce(c);
  if (okb && coerceOk) { f64[dst] = arithOp(mm, x, y); return; }
  let mo = metaLookup(L, b, mm);
  if (mo < 0) {
    mo = metaLookup(L, c, mm);
    if (mo < 0) errOpType(L, okb ? c : b, ErrMsg.OPARITH);
  }
  callMeta(L, mo, b, c, dst);
}

/** dst = -o with coercion and __unm. */
export function unm(L: LuaState, dst: number, o: number): void {
  const x = toNumberCoerce(o);
  if (coerceOk) { f64[dst] = -x; return; }
  const mo = metaLookup(L, o, MM.unm);
  if (mo < 0) errOpType(L, o, ErrMsg.OPARITH);
  callMeta(L, mo, o, o, dst);
}

/** dst = #o for non-strings (tables take the raw length: LuaJIT in 5.1 mode ignores __len on tables). */
export function len(L: LuaState, dst: number, o: number): void {
  const tag = u32[(o << 1) + 1];
  if (tag === T.TAB) { f64[dst] = tab.len(u32[o << 1]); return; }
  const mo = metaLookup(L, o, MM.len);
  if (mo < 0) errOpType(L, o, ErrMsg.OPLEN);
  callMeta(L, mo, o, L.g.tmp + 10, dst); // second arg nil as in 5.1
}

// -- Comparison ----------------------------------------------------------------------

const isStrOrNum = (s: number): boolean => {
  const tag = u32[(s << 1) + 1];
  return tag < T.ISNUM || tag === T.STR;
};

/** Byte-wise string comparison (lj_str_cmp). */
export function strCmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Ordered comparison a < b (le: a <= b) for non-number pairs. */
export function lessThan(L: LuaState, a: number, b: number, le: boolean): boolean {
  const ta = u32[(a << 1) + 1], tb = u32[(b << 1) + 1];
  if (ta === tb || (ta === T.TRUE || ta === T.FALSE) && (tb === T.TRUE || tb === T.FALSE)) {
    if (ta === T.STR) {
      const r = strCmp(str.strText(u32[a << 1]), str.strText(u32[b << 1]));
      return le ? r <= 0 : r < 0;
    }
    let x = a, y = b, mmk = le ? MM.le : MM.lt, flip = false;
    for (;;) {
      const mo = metaLookup(L, x, mmk);
      const mo2 = metaLookup(L, y, mmk);
      if (mo < 0 || !rawEqual(mo, mo2)) {
        if (mmk === MM.le) { const t = x; x = y; y = t; mmk = MM.lt; flip = true; continue; }
        break;
      }
      const r = L.g.tmp + 11;
      callMeta(L, mo, x, y, r);
      const truthy = u32[(r << 1) + 1] < T.ISTRUECOND;
      return flip ? !truthy : truthy;
    }
  }
  return L.runError(badCmp(typeName(ta), typeName(tb)));
}

/** Raw equality of two slots (numbers by value). */
export function rawEqual(a: number, b: number): boolean {
  if (b < 0) return false;
  const ta = u32[(a << 1) + 1], tb = u32[(b << 1) + 1];
  if (ta < T.ISNUM) return tb < T.ISNUM && f64[a] === f64[b];
  return ta === tb && (ta >= T.ISPRI || u32[a << 1] === u32[b << 1]);
}

/** a == b with __eq (both tables or both userdata with the same __eq). */
export function equal(L: LuaState, a: number, b: number): boolean {
  if (rawEqual(a, b)) return true;
  const ta = u32[(a << 1) + 1];
  if (ta !== u32[(b << 1) + 1] || (ta !== T.TAB && ta !== T.UDATA)) return false;
  const mo = metaLookup(L, a, MM.eq);
  if (mo < 0) return false;
  const mo2 = metaLookup(L, b, MM.eq);
  if (!rawEqual(mo, mo2)) return false;
  const r = L.g.tmp + 12;
  callMeta(L, mo, a, b, r);
  return u32[(r << 1) + 1] < T.ISTRUECOND;
}

// -- Concatenation ---------------------------------------------------------------------

/** Text of a string or number slot. */
export function strOrNumText(s: number): string {
  const tag = u32[(s << 1) + 1];
  return tag === T.STR ? str.strText(u32[s << 1]) : fmtNum(f64[s]);
}

/** dst = slots from..to concatenated, right to left, with __concat. */
export function concat(L: LuaState, dst: number, from: number, to: number): void {
  let top = to;
  while (top > from) {
    if (isStrOrNum(top) && isStrOrNum(top - 1)) {
      let i = top - 1;
      while (i > from && isStrOrNum(i - 1)) i--;
      let total = 0;
      const parts: string[] = [];
      for (let j = i; j <= top; j++) {
        const p = strOrNumText(j);
        total += p.length;
        parts.push(p);
      }
      if (total >= str.MAX_STR) L.runError(ErrMsg.STROV);
      L.setStr(i, parts.join(''));
      top = i;
    } else {
      const o1 = top - 1, o2 = top;
      let mo = metaLookup(L, o1, MM.concat);
      if (mo < 0) mo = metaLookup(L, o2, MM.concat);
      if (mo < 0) errOpType(L, isStrOrNum(o1) ? o2 : o1, ErrMsg.OPCAT);
      callMeta(L, mo, o1, o2, o1);
      top--;
    }
  }
  copyTV(dst, from);
}

// -- Calls and tostring ------------------------------------------------------------------

/** Slot of the __call metamethod of the value in slot f, or -1. */
export const callMetamethod = (L: LuaState, f: number): number => metaLookup(L, f, MM.call);

/** tostring() of slot s, honouring __tostring. */
export function toStringMeta(L: LuaState, s: number): string {
  const mo = metaLookup(L, s, MM.tostring);
  if (mo >= 0) {
    const r = L.g.tmp + 13;
    callMeta(L, mo, s, s, r);
    const tag = u32[(r << 1) + 1];
    if (tag === T.STR || tag < T.ISNUM) return strOrNumText(r);
    return L.callerError(ErrMsg.PRTOSTR);
  }
  return toStringRaw(L, s);
}

export function toStringRaw(L: LuaState, s: number): string {
  const tag = u32[(s << 1) + 1];
  if (tag < T.ISNUM) return fmtNum(f64[s]);
  switch (tag) {
    case T.STR: return str.strText(u32[s << 1]);
    case T.NIL: return 'nil';
    case T.FALSE: return 'false';
    case T.TRUE: return 'true';
    case T.FUNC: {
      const f = u32[s << 1];
      if (u8[f + FN_FFID] !== FF.LUA) return `function: builtin#${u32[(f + 12) >> 2]}`;
      return `function: 0x${hex8(f)}`;
    }
    default: return `${typeName(tag)}: 0x${hex8(u32[s << 1])}`;
  }
}

const hex8 = (x: number): string => x.toString(16).padStart(8, '0');
