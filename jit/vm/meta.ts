// Metamethods: lookups, and the slow paths of the interpreter's instructions. (lj_meta.c)
//
// A slow path either finishes the operation (and returns 0) or finds a metamethod to call. It never
// calls it: it lays out the call on top of the running frame, as LuaJIT's mmcall does,
//     [cont|PC] [mo|link] [a] [b]          (c above for __newindex)
//                         ^-- new BASE
// and returns -BASE. The interpreter then runs the metamethod as an ordinary Lua call whose frame
// link is a continuation frame (state.ts Cont); when it returns, the continuation stores the
// result, takes a branch or goes on concatenating. So metamethods can yield, recurse as deep as
// the Lua stack allows, and will be recorded like any other call. Library code that needs a
// metamethod (tostring, sort, gsub) calls these too and runs the call itself (api.ts).
import { u8, u32, f64 } from './heap.js';
import { T, TAB_MT, TAB_NOMM, UD_MT, BASEMT_NUM, TMPTV } from './obj.js';
import { typeName, copyTV, setNil } from './value.js';
import { MM, MM_FAST } from '../bytecode/bcdef.js';
import * as tab from './tab.js';
import { strLen, MAX_STR } from './str.js';
import { type Global, type LuaState, Cont, CONT_SLOTS, setCont } from './state.js';
import { ErrMsg, badCmp } from './err.js';
import { errOpType, typeError } from './debug.js';
import { tonumberOf } from './strscan.js';
import { fmtNum } from './strfmt.js';
import { arith as vmArith } from './vmmath.js';
import { Fault } from './fault.js';

/** Longest __index/__newindex chain of tables (LJ_MAX_IDXCHAIN). */
const MAX_IDXCHAIN = 100;

// -- Lookups -------------------------------------------------------------------

/** Metatable of the value in slot s (0 = none). */
export function metatableOf(g: Global, s: number): number {
  const tag = u32[(s << 1) + 1];
  if (tag === T.TAB) return u32[(u32[s << 1] + TAB_MT) >> 2];
  if (tag === T.UDATA) return u32[(u32[s << 1] + UD_MT) >> 2];
  return g.basemt(tag < T.ISNUM ? BASEMT_NUM : (~tag >>> 0));
}

/** Slot of metamethod `mm` in metatable `mt`, or -1. The fast ones are negatively cached (lj_meta_fast). */
export function metaGet(g: Global, mt: number, mm: MM): number {
  if (mm <= MM_FAST && (u8[mt + TAB_NOMM] & (1 << mm)) !== 0) return -1;
  const v = tab.getStr(mt, g.mmname(mm));
  if (v < 0 || u32[(v << 1) + 1] === T.NIL) {
    if (mm <= MM_FAST) u8[mt + TAB_NOMM] |= 1 << mm;
    return -1;
  }
  return v;
}

/** Slot of metamethod `mm` of the value in slot s, or -1 (lj_meta_lookup). */
export function metaLookup(g: Global, s: number, mm: MM): number {
  const mt = metatableOf(g, s);
  return mt === 0 ? -1 : metaGet(g, mt, mm);
}

// -- Setting up a metamethod call ---------------------------------------------------

/** Lay out mo(a, b) above L.top with continuation `cont`; returns -(new BASE). The resume PC is L.pc. */
function mmcall(L: LuaState, cont: Cont, mo: number, a: number, b: number): number {
  const mbase = L.top + CONT_SLOTS;
  // a or b may sit where the frame goes (library callers): copy the arguments first.
  copyTV(mbase + 1, b);
  copyTV(mbase, a);
  copyTV(mbase - 2, mo);
  setCont(mbase, cont, L.pc);
  return -mbase;
}

// -- Indexing ------------------------------------------------------------------------

/** dst = o[k] with __index (lj_meta_tget): 0 when done, or -BASE of the __index call to run. */
export function tget(L: LuaState, o: number, k: number, dst: number): number {
  const g = L.g;
  const cur = g.tmp + TMPTV.CHAIN_GET; // holds the object being indexed after the first hop
  for (let loop = 0; loop < MAX_IDXCHAIN; loop++) {
    let mm: number;
    if (u32[(o << 1) + 1] === T.TAB) {
      const t = u32[o << 1];
      const v = tab.get(t, k);
      if (v >= 0 && u32[(v << 1) + 1] !== T.NIL) { copyTV(dst, v); return 0; }
      const mt = u32[(t + TAB_MT) >> 2];
      if (mt === 0 || (mm = metaGet(g, mt, MM.index)) < 0) { setNil(dst); return 0; }
    } else {
      mm = metaLookup(g, o, MM.index);
      if (mm < 0) errOpType(L, o, ErrMsg.OPINDEX);
    }
    if (u32[(mm << 1) + 1] === T.FUNC) return mmcall(L, Cont.RA, mm, o, k);
    copyTV(cur, mm);
    o = cur;
  }
  return L.runError(ErrMsg.GETLOOP);
}

function checkKey(L: LuaState, k: number): void {
  const tag = u32[(k << 1) + 1];
  if (tag === T.NIL) L.runError(ErrMsg.NILIDX);
  if (tag < T.ISNUM && f64[k] !== f64[k]) L.runError(ErrMsg.NANIDX);
}

/** o[k] = v with __newindex (lj_meta_tset): 0 when done, or -BASE of the __newindex call to run (v is its third argument). */
export function tset(L: LuaState, o: number, k: number, v: number): number {
  const g = L.g;
  const cur = g.tmp + TMPTV.CHAIN_SET;
  for (let loop = 0; loop < MAX_IDXCHAIN; loop++) {
    let mm: number;
    if (u32[(o << 1) + 1] === T.TAB) {
      const t = u32[o << 1];
      const s = tab.get(t, k);
      if (s >= 0 && u32[(s << 1) + 1] !== T.NIL) { u8[t + TAB_NOMM] = 0; copyTV(s, v); return 0; }
      const mt = u32[(t + TAB_MT) >> 2];
      if (mt === 0 || (mm = metaGet(g, mt, MM.newindex)) < 0) {
        u8[t + TAB_NOMM] = 0;
        if (s >= 0) { copyTV(s, v); return 0; }
        checkKey(L, k);
        copyTV(L.tset(t, k), v);
        return 0;
      }
    } else {
      mm = metaLookup(g, o, MM.newindex);
      if (mm < 0) errOpType(L, o, ErrMsg.OPINDEX);
    }
    if (u32[(mm << 1) + 1] === T.FUNC) {
      const r = mmcall(L, Cont.NOP, mm, o, k);
      copyTV(-r + 2, v);
      return r;
    }
    copyTV(cur, mm);
    o = cur;
  }
  return L.runError(ErrMsg.SETLOOP);
}

// -- Arithmetic ------------------------------------------------------------------------

/** dst = b <op> c for MM add..unm, with string coercion, else the metamethod (lj_meta_arith): 0 or -BASE. */
export function arith(L: LuaState, dst: number, b: number, c: number, mm: MM): number {
  const g = L.g;
  const x = tonumberOf(g, b);
  const y = tonumberOf(g, c);
  if (x !== undefined && y !== undefined) {
    f64[dst] = vmArith(mm - MM.add, x, y);
    return 0;
  }
  let mo = metaLookup(g, b, mm);
  if (mo < 0) {
    mo = metaLookup(g, c, mm);
    if (mo < 0) errOpType(L, x !== undefined ? c : b, ErrMsg.OPARITH);
  }
  return mmcall(L, Cont.RA, mo, b, c);
}

/** dst = #o for values other than strings and tables (lj_meta_len): __len called with (o, nil). 0 or -BASE. */
export function len(L: LuaState, dst: number, o: number): number {
  const tag = u32[(o << 1) + 1];
  // LuaJIT in 5.1 mode ignores __len on tables.
  if (tag === T.TAB) { f64[dst] = tab.len(u32[o << 1]); return 0; }
  if (tag === T.STR) { f64[dst] = strLen(u32[o << 1]); return 0; }
  const mo = metaLookup(L.g, o, MM.len);
  if (mo < 0) errOpType(L, o, ErrMsg.OPLEN);
  return mmcall(L, Cont.RA, mo, o, L.g.tmp + TMPTV.NIL);
}

// -- Argument checks ---------------------------------------------------------------------

/** The type ISTYPE's D operand asks for (~itype + 1), named as argument errors name it. */
const ISTYPE_STR = 5;
const ISTYPE_NAMES: Record<number, string> = { [ISTYPE_STR]: 'string', 9: 'function', 12: 'table' };

/**
 * ISTYPE/ISNUM failed for slot ra (lj_meta_istype): a numeric string passes ISNUM and is converted
 * in place; anything else is a bad argument of the running library function (argument ra+1).
 */
export function istype(L: LuaState, ra: number, d: number, isnum: boolean): void {
  const narg = ra - L.base + 1;
  if (isnum) {
    const x = tonumberOf(L.g, ra);
    if (x !== undefined) { f64[ra] = x; return; }
  } else if (d === ISTYPE_STR && u32[(ra << 1) + 1] < T.ISNUM) {
    L.setStr(ra, fmtNum(f64[ra])); // a number passes as a string (lj_lib_checkstr converts it)
    return;
  }
  // Arguments of a Lua function are all present (nil-filled): "got nil", never "got no value".
  typeError(L, L.base, Infinity, narg, isnum ? 'number' : ISTYPE_NAMES[d] ?? typeName((~(d - 1)) >>> 0));
}

// -- Comparison ----------------------------------------------------------------------

/** Byte-wise string comparison (lj_str_cmp): < 0, 0, > 0. */
export function strCmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Raw equality of two slots (numbers by value; lj_obj_equal). */
export function rawEqual(a: number, b: number): boolean {
  const ta = u32[(a << 1) + 1], tb = u32[(b << 1) + 1];
  if (ta < T.ISNUM) return tb < T.ISNUM && f64[a] === f64[b];
  return ta === tb && (ta >= T.ISPRI || u32[a << 1] === u32[b << 1]);
}

/**
 * Ordered comparison of a non-number pair (lj_meta_comp). `op` is the opcode's offset from ISLT:
 * bit 1 = "<=", bit 0 = negate (ISGE, ISGT). Returns 1 to take the branch, 0 not to, or -BASE of a
 * __lt/__le call whose truth (negated for bit 0) decides it. A missing __le retries as not __lt
 * with the operands swapped. `faults`: planted bugs (fault.ts, tests only) the interpreter's
 * comparison instructions pass on; library callers (table.sort) compare exactly.
 */
export function comp(L: LuaState, a: number, b: number, op: number, faults = 0): number {
  const g = L.g;
  const ta = u32[(a << 1) + 1], tb = u32[(b << 1) + 1];
  const bools = (ta === T.TRUE || ta === T.FALSE) && (tb === T.TRUE || tb === T.FALSE);
  if (ta === tb || bools) {
    if (ta === T.STR && tb === T.STR) {
      const x = g.strs.text(u32[a << 1]), y = g.strs.text(u32[b << 1]);
      // Fault.STR_CMP_PREFIX (planted, tests only): the common length only, no tie-break by length.
      const r = (faults & Fault.STR_CMP_PREFIX) === 0 ? strCmp(x, y) : strCmp(x.slice(0, y.length), y.slice(0, x.length));
      return ((op & 2) !== 0 ? r <= 0 : r < 0) ? 1 ^ (op & 1) : op & 1;
    }
    for (;;) {
      const mm = (op & 2) !== 0 ? MM.le : MM.lt;
      const mo = metaLookup(g, a, mm);
      const mo2 = metaLookup(g, b, mm);
      if (mo < 0 || mo2 < 0 || !rawEqual(mo, mo2)) {
        if ((op & 2) !== 0) {
          const t = a; a = b; b = t;
          op ^= 3;
          continue;
        }
        break;
      }
      return mmcall(L, (op & 1) !== 0 ? Cont.CONDF : Cont.CONDT, mo, a, b);
    }
  }
  return L.runError(badCmp(typeName(ta), typeName(tb)));
}

/**
 * Equality of two tables or two userdata that are not the same object (lj_meta_equal): `ne` is 1
 * for ISNEV. Returns 1 to take the branch, 0 not to, or -BASE of the __eq call.
 */
export function equal(L: LuaState, a: number, b: number, ne: number): number {
  const g = L.g;
  const mt = metatableOf(g, a);
  const mo = mt !== 0 ? metaGet(g, mt, MM.eq) : -1;
  if (mo < 0) return ne;
  const mt2 = metatableOf(g, b);
  if (mt2 !== mt) {
    const mo2 = mt2 !== 0 ? metaGet(g, mt2, MM.eq) : -1;
    if (mo2 < 0 || !rawEqual(mo, mo2)) return ne;
  }
  return mmcall(L, ne !== 0 ? Cont.CONDF : Cont.CONDT, mo, a, b);
}

// -- Concatenation ---------------------------------------------------------------------

const isStrOrNum = (s: number): boolean => {
  const tag = u32[(s << 1) + 1];
  return tag < T.ISNUM || tag === T.STR;
};

/** Text of a string or number slot. */
export function strOrNumText(g: Global, s: number): string {
  const tag = u32[(s << 1) + 1];
  return tag === T.STR ? g.strs.text(u32[s << 1]) : fmtNum(f64[s]);
}

/**
 * Concatenate slots top-left..top right to left (lj_meta_cat), leaving the result at top-left:
 * runs of strings and numbers are joined in one go, other pairs go to __concat. Returns 0 when
 * done, or -BASE of a __concat call; its continuation stores the result at the pair's left slot
 * and calls this again with the slots still to its left.
 */
export function cat(L: LuaState, top: number, left: number): number {
  const g = L.g;
  do {
    if (!isStrOrNum(top) || !isStrOrNum(top - 1)) {
      let mo = metaLookup(g, top - 1, MM.concat);
      if (mo < 0) mo = metaLookup(g, top, MM.concat);
      if (mo < 0) errOpType(L, isStrOrNum(top - 1) ? top : top - 1, ErrMsg.OPCAT);
      // The continuation goes where the left operand was: the stack above it is free.
      L.top = top - 1;
      return mmcall(L, Cont.CAT, mo, top - 1, top);
    }
    // The run of strings and numbers ending at top (at least two), joined left to right.
    let o = top - 1;
    while (--left > 0 && isStrOrNum(o - 1)) o--;
    let text = strOrNumText(g, o);
    for (let i = o + 1; i <= top; i++) {
      const part = strOrNumText(g, i);
      if (text.length + part.length >= MAX_STR) L.runError(ErrMsg.STROV);
      text += part;
    }
    L.setStr(o, text);
    top = o;
  } while (left >= 1);
  return 0;
}

