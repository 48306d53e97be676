// Lua 5.1 patterns: the backtracking matcher and string.find/match/gmatch/gsub built on it. (lib_string.c)
//
// The matcher walks the pattern as a C string would be walked: a byte 0 (embedded or past the end)
// ends the pattern, and the byte just past the subject's end reads as 0 (the frontier %f relies on it).
// Positions are indices into the subject; -1 stands for C's NULL (no match).
import { u32, f64 } from '../heap.js';
import { T, FF } from '../obj.js';
import { typeName, copyTV } from '../value.js';
import { strOrNumText } from '../meta.js';
import { gettable } from '../api.js';
import { LuaState, newCFunction } from '../state.js';
import { call } from '../interp.js';
import { fmtNum } from '../strfmt.js';
import { StrBuf } from '../strbuf.js';
import * as aux from './aux.js';
import type { LibFunc } from './base.js';

// -- Limits and error texts -------------------------------------------------------

/** LUA_MAXCAPTURES. */
const MAX_CAPTURES = 32;
/** LJ_MAX_XLEVEL: recursion limit of the matcher ("pattern too complex"). */
const MAX_MATCH_DEPTH = 200;
const CAP_UNFINISHED = -1;
const CAP_POSITION = -2;
const NO_MATCH = -1;

const Err = {
  PATB: "missing '[' after '%f' in pattern",
  PATC: 'invalid pattern capture',
  PATE: "malformed pattern (ends with '%')",
  PATM: "malformed pattern (missing ']')",
  PATU: 'unbalanced pattern',
  PATX: 'pattern too complex',
  CAPI: 'invalid capture index',
  CAPN: 'too many captures',
  CAPU: 'unfinished capture',
  NOSFT: 'string/function/table expected',
  CHECKSTACK: 'stack overflow (too many captures)',
} as const;

// -- Character classes (lj_char.c: plain ASCII, no locale) --------------------------

const C_CNTRL = 0x01, C_SPACE = 0x02, C_PUNCT = 0x04, C_DIGIT = 0x08;
const C_XDIGIT = 0x10, C_UPPER = 0x20, C_LOWER = 0x40;
const C_ALPHA = C_LOWER | C_UPPER, C_ALNUM = C_ALPHA | C_DIGIT, C_GRAPH = C_ALNUM | C_PUNCT;

const CTYPE = ((): Uint8Array => {
  const t = new Uint8Array(256);
  for (let c = 0; c < 128; c++) {
    let b = 0;
    if (c < 32 || c === 127) b |= C_CNTRL;
    if ((c >= 9 && c <= 13) || c === 32) b |= C_SPACE;
    if (c >= 48 && c <= 57) b |= C_DIGIT | C_XDIGIT;
    if (c >= 65 && c <= 90) b |= C_UPPER;
    if (c >= 97 && c <= 122) b |= C_LOWER;
    if ((c >= 65 && c <= 70) || (c >= 97 && c <= 102)) b |= C_XDIGIT;
    if (c > 32 && c < 127 && (b & (C_ALPHA | C_DIGIT)) === 0) b |= C_PUNCT;
    t[c] = b;
  }
  return t;
})();

/** Class letter (its low five bits) to the ctype bits it tests; 0 = not a class letter. */
const CLASS_BITS = ((): Uint8Array => {
  const m = new Uint8Array(32);
  const def: [string, number][] = [['a', C_ALPHA], ['c', C_CNTRL], ['d', C_DIGIT], ['g', C_GRAPH], ['l', C_LOWER],
    ['p', C_PUNCT], ['s', C_SPACE], ['u', C_UPPER], ['w', C_ALNUM], ['x', C_XDIGIT]];
  for (const [ch, bits] of def) m[ch.charCodeAt(0) & 0x1f] = bits;
  return m;
})();

const CH_ESC = 37;      // %
const CH_LPAREN = 40, CH_RPAREN = 41, CH_DOT = 46, CH_LBRACK = 91, CH_RBRACK = 93;
const CH_CARET = 94, CH_DOLLAR = 36, CH_MINUS = 45, CH_STAR = 42, CH_PLUS = 43, CH_QUEST = 63;
const CH_b = 98, CH_f = 102, CH_z = 122, CH_Z = 90, CH_0 = 48;

const isDigit = (c: number): boolean => (CTYPE[c] & C_DIGIT) !== 0;

/** %x item: letters name classes (upper case complements them), anything else is literal. */
function matchClass(c: number, cl: number): boolean {
  if ((cl & 0xc0) === 0x40) {
    const bits = CLASS_BITS[cl & 0x1f];
    if (bits !== 0) {
      const r = (CTYPE[c] & bits) !== 0;
      return (cl & 0x20) !== 0 ? r : !r;
    }
    if (cl === CH_z) return c === 0;
    if (cl === CH_Z) return c !== 0;
  }
  return cl === c;
}

// -- The matcher ----------------------------------------------------------------------

class MatchState {
  level = 0;
  depth = 0;
  readonly capInit = new Int32Array(MAX_CAPTURES);
  readonly capLen = new Int32Array(MAX_CAPTURES);
  send = 0;
  src = '';
  pat: Uint8Array = EMPTY_PAT;
  constructor(public L: LuaState) {}
  /** The subject byte at s, or 0 at the end (C's terminator). */
  at(s: number): number { return s < this.send ? this.src.charCodeAt(s) : 0; }
}

const EMPTY_PAT = new Uint8Array(2);

// Match states are reused (their capture arrays are costly to allocate); gsub callbacks and
// __index functions may match again while one is in use, hence a stack of them per VM.
interface MatchStates { pool: MatchState[]; inUse: number }
const MATCH_STATES = Symbol('string patterns');

function acquireMS(L: LuaState, src: string, pat: Uint8Array): MatchState {
  const st = L.g.libState<MatchStates>(MATCH_STATES, () => ({ pool: [], inUse: 0 }));
  let ms = st.pool[st.inUse];
  if (ms === undefined) { ms = new MatchState(L); st.pool.push(ms); }
  st.inUse++;
  ms.L = L; ms.src = src; ms.send = src.length; ms.pat = pat;
  return ms;
}

function releaseMS(ms: MatchState): void {
  ms.L.g.libState<MatchStates>(MATCH_STATES, () => ({ pool: [], inUse: 0 })).inUse--;
  ms.src = '';
}

/** Recently used patterns as bytes; programs mostly match a few constant patterns over and over. */
const patCache = new Map<string, Uint8Array>();
const PAT_CACHE_MAX = 256;

/** Pattern bytes with two zero bytes after them, so lookahead past the end reads C's terminator. */
function patBytes(p: string): Uint8Array {
  let b = patCache.get(p);
  if (b !== undefined) return b;
  b = new Uint8Array(p.length + 2);
  for (let i = 0; i < p.length; i++) b[i] = p.charCodeAt(i);
  if (patCache.size >= PAT_CACHE_MAX) patCache.clear();
  patCache.set(p, b);
  return b;
}

/** Index just past the single-character class starting at p. */
function classEnd(ms: MatchState, p: number): number {
  const P = ms.pat;
  const c = P[p++];
  if (c === CH_ESC) {
    if (P[p] === 0) ms.L.callerError(Err.PATE);
    return p + 1;
  }
  if (c === CH_LBRACK) {
    if (P[p] === CH_CARET) p++;
    do { // the first byte is taken before looking for ']', so "[]]" is a set
      if (P[p] === 0) ms.L.callerError(Err.PATM);
      if (P[p++] === CH_ESC && P[p] !== 0) p++;
    } while (P[p] !== CH_RBRACK);
    return p + 1;
  }
  return p;
}

/** c against the set [..] from p (at '[') to ec (at ']'). */
function matchBracket(P: Uint8Array, c: number, p: number, ec: number): boolean {
  let sig = true;
  if (P[p + 1] === CH_CARET) { sig = false; p++; }
  while (++p < ec) {
    if (P[p] === CH_ESC) {
      p++;
      if (matchClass(c, P[p])) return sig;
    } else if (P[p + 1] === CH_MINUS && p + 2 < ec) {
      p += 2;
      if (P[p - 2] <= c && c <= P[p]) return sig;
    } else if (P[p] === c) {
      return sig;
    }
  }
  return !sig;
}

function singleMatch(P: Uint8Array, c: number, p: number, ep: number): boolean {
  switch (P[p]) {
    case CH_DOT: return true;
    case CH_ESC: return matchClass(c, P[p + 1]);
    case CH_LBRACK: return matchBracket(P, c, p, ep - 1);
    default: return P[p] === c;
  }
}

function matchBalance(ms: MatchState, s: number, p: number): number {
  const P = ms.pat;
  if (P[p] === 0 || P[p + 1] === 0) ms.L.callerError(Err.PATU);
  if (ms.at(s) !== P[p]) return NO_MATCH;
  const open = P[p], close = P[p + 1];
  let depth = 1;
  while (++s < ms.send) {
    const c = ms.src.charCodeAt(s);
    if (c === close) {
      if (--depth === 0) return s + 1;
    } else if (c === open) {
      depth++;
    }
  }
  return NO_MATCH;
}

function maxExpand(ms: MatchState, s: number, p: number, ep: number): number {
  const P = ms.pat;
  let i = 0;
  while (s + i < ms.send && singleMatch(P, ms.src.charCodeAt(s + i), p, ep)) i++;
  for (; i >= 0; i--) { // longest first, giving back one repetition at a time
    const r = match(ms, s + i, ep + 1);
    if (r !== NO_MATCH) return r;
  }
  return NO_MATCH;
}

function minExpand(ms: MatchState, s: number, p: number, ep: number): number {
  const P = ms.pat;
  for (;;) {
    const r = match(ms, s, ep + 1);
    if (r !== NO_MATCH) return r;
    if (s < ms.send && singleMatch(P, ms.src.charCodeAt(s), p, ep)) s++;
    else return NO_MATCH;
  }
}

function startCapture(ms: MatchState, s: number, p: number, what: number): number {
  const level = ms.level;
  if (level >= MAX_CAPTURES) ms.L.callerError(Err.CAPN);
  ms.capInit[level] = s;
  ms.capLen[level] = what;
  ms.level = level + 1;
  const r = match(ms, s, p);
  if (r === NO_MATCH) ms.level--;
  return r;
}

function endCapture(ms: MatchState, s: number, p: number): number {
  let l = ms.level - 1;
  while (l >= 0 && ms.capLen[l] !== CAP_UNFINISHED) l--;
  if (l < 0) ms.L.callerError(Err.PATC);
  ms.capLen[l] = s - ms.capInit[l];
  const r = match(ms, s, p);
  if (r === NO_MATCH) ms.capLen[l] = CAP_UNFINISHED;
  return r;
}

/** Back-reference %1..%9 at s. */
function matchCapture(ms: MatchState, s: number, ch: number): number {
  const l = ch - 49; // '1' is capture 0
  if (l < 0 || l >= ms.level || ms.capLen[l] === CAP_UNFINISHED) ms.L.callerError(Err.CAPI);
  const len = ms.capLen[l];
  const init = ms.capInit[l];
  // A position capture has a negative length: C compares it as a huge size_t and fails.
  if (len < 0 || ms.send - s < len) return NO_MATCH;
  for (let k = 0; k < len; k++) if (ms.src.charCodeAt(init + k) !== ms.src.charCodeAt(s + k)) return NO_MATCH;
  return s + len;
}

/** Match pattern from p against the subject from s; the end of the match or NO_MATCH. */
function match(ms: MatchState, s: number, p: number): number {
  if (++ms.depth > MAX_MATCH_DEPTH) ms.L.callerError(Err.PATX);
  const P = ms.pat;
  // Each `continue` is a tail call of match() that does not count against the depth.
  scan: for (;;) {
    const pc = P[p];
    switch (pc) {
      case CH_LPAREN:
        s = P[p + 1] === CH_RPAREN ? startCapture(ms, s, p + 2, CAP_POSITION) : startCapture(ms, s, p + 1, CAP_UNFINISHED);
        break scan;
      case CH_RPAREN:
        s = endCapture(ms, s, p + 1);
        break scan;
      case 0:
        break scan;
      case CH_DOLLAR:
        if (P[p + 1] === 0) {
          if (s !== ms.send) s = NO_MATCH;
          break scan;
        }
        break;
      case CH_ESC: {
        const c = P[p + 1];
        if (c === CH_b) {
          s = matchBalance(ms, s, p + 2);
          if (s === NO_MATCH) break scan;
          p += 4;
          continue scan;
        }
        if (c === CH_f) {
          p += 2;
          if (P[p] !== CH_LBRACK) ms.L.callerError(Err.PATB);
          const ep = classEnd(ms, p);
          const prev = s === 0 ? 0 : ms.src.charCodeAt(s - 1);
          if (matchBracket(P, prev, p, ep - 1) || !matchBracket(P, ms.at(s), p, ep - 1)) {
            s = NO_MATCH;
            break scan;
          }
          p = ep;
          continue scan;
        }
        if (isDigit(c)) {
          s = matchCapture(ms, s, c);
          if (s === NO_MATCH) break scan;
          p += 2;
          continue scan;
        }
        break;
      }
      default:
        break;
    }
    // A single-character item, perhaps followed by a quantifier.
    const ep = classEnd(ms, p);
    const m = s < ms.send && singleMatch(P, ms.src.charCodeAt(s), p, ep);
    switch (P[ep]) {
      case CH_QUEST: {
        if (m) {
          const r = match(ms, s + 1, ep + 1);
          if (r !== NO_MATCH) { s = r; break scan; }
        }
        p = ep + 1;
        continue scan;
      }
      case CH_STAR:
        s = maxExpand(ms, s, p, ep);
        break scan;
      case CH_PLUS:
        s = m ? maxExpand(ms, s + 1, p, ep) : NO_MATCH;
        break scan;
      case CH_MINUS:
        s = minExpand(ms, s, p, ep);
        break scan;
      default:
        if (m) { s++; p = ep; continue scan; }
        s = NO_MATCH;
        break scan;
    }
  }
  ms.depth--;
  return s;
}

// -- Captures to slots ----------------------------------------------------------------

/** Store capture i (or the whole match s..e when there are no captures) into slot dst. */
function putCapture(ms: MatchState, i: number, s: number, e: number, dst: number): void {
  if (i >= ms.level) {
    if (i !== 0) ms.L.callerError(Err.CAPI);
    ms.L.setStr(dst, ms.src.slice(s, e));
    return;
  }
  const len = ms.capLen[i];
  if (len === CAP_UNFINISHED) ms.L.callerError(Err.CAPU);
  if (len === CAP_POSITION) f64[dst] = ms.capInit[i] + 1;
  else ms.L.setStr(dst, ms.src.slice(ms.capInit[i], ms.capInit[i] + len));
}

/** Text of capture i, as the gsub replacement string inserts it. */
function captureText(ms: MatchState, i: number, s: number, e: number): string {
  if (i >= ms.level) {
    if (i !== 0) ms.L.callerError(Err.CAPI);
    return ms.src.slice(s, e);
  }
  const len = ms.capLen[i];
  if (len === CAP_UNFINISHED) ms.L.callerError(Err.CAPU);
  if (len === CAP_POSITION) return fmtNum(ms.capInit[i] + 1);
  return ms.src.slice(ms.capInit[i], ms.capInit[i] + len);
}

/** All captures into dst..; with s < 0 and no captures, nothing (find's case). Returns the count. */
function putCaptures(ms: MatchState, s: number, e: number, dst: number): number {
  const n = ms.level === 0 && s >= 0 ? 1 : ms.level;
  if (!ms.L.checkStack(dst + n)) ms.L.callerError(Err.CHECKSTACK);
  for (let i = 0; i < n; i++) putCapture(ms, i, s, e, dst + i);
  return n;
}

// -- find / match ---------------------------------------------------------------------

const SPECIALS = '^$*+?.([%-';

function hasPattern(p: string): boolean {
  for (let i = 0; i < p.length; i++) if (SPECIALS.indexOf(p[i]) >= 0) return true;
  return false;
}

function findAux(L: LuaState, base: number, nargs: number, find: boolean): number {
  const s = aux.checkStr(L, base, nargs, 1);
  const p = aux.checkStr(L, base, nargs, 2);
  let start = aux.optInt(L, base, nargs, 3, 1);
  const len = s.length;
  if (start < 0) start += len; else start--;
  if (start < 0) start = 0;
  if (start > len) start = len;
  const plain = nargs >= 4 && u32[((base + 3) << 1) + 1] < T.ISTRUECOND;
  if (find && (plain || !hasPattern(p))) {
    const q = s.indexOf(p, start);
    if (q >= 0) {
      f64[base] = q + 1;
      f64[base + 1] = q + p.length;
      return 2;
    }
  } else {
    const anchor = p.charCodeAt(0) === CH_CARET;
    const ms = acquireMS(L, s, patBytes(anchor ? p.slice(1) : p));
    try {
      let st = start;
      do {
        ms.level = 0; ms.depth = 0;
        const e = match(ms, st, 0);
        if (e !== NO_MATCH) {
          if (find) {
            f64[base] = st + 1;
            f64[base + 1] = e;
            return putCaptures(ms, -1, -1, base + 2) + 2;
          }
          return putCaptures(ms, st, e, base);
        }
      } while (st++ < ms.send && !anchor);
    } finally {
      releaseMS(ms);
    }
  }
  u32[(base << 1) + 1] = T.NIL;
  return 1;
}

// -- gmatch -----------------------------------------------------------------------------

function gmatch(L: LuaState, base: number, nargs: number): number {
  let s = aux.checkStr(L, base, nargs, 1);
  let p = aux.checkStr(L, base, nargs, 2);
  let pos = 0;
  const iter = (L2: LuaState, b: number): number => {
    const ms = acquireMS(L2, s, patBytes(p)); // gmatch gives '^' no special meaning
    try {
      for (let src = pos; src <= ms.send; src++) {
        ms.level = 0; ms.depth = 0;
        const e = match(ms, src, 0);
        if (e !== NO_MATCH) {
          pos = e === src ? e + 1 : e; // an empty match must still move on
          return putCaptures(ms, src, e, b);
        }
      }
      return 0;
    } finally {
      releaseMS(ms);
    }
  };
  // LuaJIT's gmatch_aux keeps subject, pattern and position in its three C upvalues; the position
  // is a raw 32-bit word in the low half of the TValue (a denormal, read as a number).
  const upvalues = {
    get(n: number, dst: number): void {
      if (n === 3) { u32[dst << 1] = pos; u32[(dst << 1) + 1] = 0; return; }
      L.setStr(dst, n === 1 ? s : p);
    },
    set(n: number, src: number): void {
      const tag = u32[(src << 1) + 1];
      if (n === 3 && tag < T.ISNUM) pos = u32[src << 1];
      else if (n !== 3 && tag === T.STR) { if (n === 1) s = L.g.strs.text(u32[src << 1]); else p = L.g.strs.text(u32[src << 1]); }
    },
  };
  const f = newCFunction(L, 'gmatch_iter', iter, FF.C, 0, upvalues);
  u32[base << 1] = f; u32[(base << 1) + 1] = T.FUNC;
  return 1;
}

// -- gsub -------------------------------------------------------------------------------

/** luaL_optint: through a 64-bit integer, then its low 32 bits (out of range gives 0). */
function optIntVia64(L: LuaState, base: number, nargs: number, i: number, def: number): number {
  if (aux.argTag(base, nargs, i) === T.NIL) return def;
  const n = aux.checkNumber(L, base, nargs, i);
  return n >= -9223372036854775808 && n < 9223372036854775808 ? n | 0 : 0;
}

/** Expand a replacement string: %0..%9 insert captures, % before anything else inserts it. */
function expandRepl(ms: MatchState, repl: string, s: number, e: number): string {
  if (repl.indexOf('%') < 0) return repl;
  let out = '';
  for (let i = 0; i < repl.length; i++) {
    const c = repl.charCodeAt(i);
    if (c !== CH_ESC) { out += repl[i]; continue; }
    i++;
    const d = i < repl.length ? repl.charCodeAt(i) : 0; // a trailing % reads the terminator
    if (!isDigit(d)) out += String.fromCharCode(d);
    else if (d === CH_0) out += ms.src.slice(s, e);
    else out += captureText(ms, d - 49, s, e);
  }
  return out;
}

function gsub(L: LuaState, base: number, nargs: number): number {
  const src = aux.checkStr(L, base, nargs, 1);
  let p = aux.checkStr(L, base, nargs, 2);
  const rtag = aux.argTag(base, nargs, 3);
  const maxN = optIntVia64(L, base, nargs, 4, src.length + 1);
  const anchor = p.charCodeAt(0) === CH_CARET;
  if (anchor) p = p.slice(1);
  const isText = rtag === T.STR || rtag < T.ISNUM;
  if (!isText && rtag !== T.FUNC && rtag !== T.TAB) aux.argError(L, 3, Err.NOSFT);
  const repl = isText ? aux.checkStr(L, base, nargs, 3) : '';
  const fslot = base + Math.max(nargs, 4) + 1; // scratch above the arguments
  if (!L.checkStack(fslot + 2 + MAX_CAPTURES)) L.callerError(Err.CHECKSTACK);
  const ms = acquireMS(L, src, patBytes(p));
  // An __index function (table replacement) is called at L.top: keep it above our scratch.
  const savedTop = L.top;
  L.top = fslot + 2 + MAX_CAPTURES;
  const out = new StrBuf(L);
  let s = 0, n = 0;
  try {
    while (n < maxN) {
      ms.level = 0; ms.depth = 0;
      const e = match(ms, s, 0);
      if (e !== NO_MATCH) {
        n++;
        out.add(isText ? expandRepl(ms, repl, s, e) : replValue(L, ms, rtag, base + 2, fslot, s, e));
      }
      if (e !== NO_MATCH && e > s) s = e;
      else if (s < ms.send) out.add(src[s++]);
      else break;
      if (anchor) break;
    }
  } finally {
    releaseMS(ms);
    L.top = savedTop;
  }
  out.add(src.slice(s));
  L.setStr(base, out.toString());
  f64[base + 1] = n;
  return 2;
}

/** The replacement from a function or table for the match s..e. */
function replValue(L: LuaState, ms: MatchState, rtag: number, rslot: number, fslot: number, s: number, e: number): string {
  if (rtag === T.FUNC) {
    copyTV(fslot, rslot);
    const na = putCaptures(ms, s, e, fslot + 2);
    call(L, fslot, na, 1);
  } else {
    putCapture(ms, 0, s, e, fslot + 2);
    gettable(L, rslot, fslot + 2, fslot);
  }
  const tag = u32[(fslot << 1) + 1];
  if (tag >= T.ISTRUECOND) return ms.src.slice(s, e); // nil or false keeps the original text
  if (tag === T.STR || tag < T.ISNUM) return strOrNumText(L.g, fslot);
  return L.callerError(`invalid replacement value (a ${typeName(tag)})`);
}

// -- Exports ----------------------------------------------------------------------------

export const patternLib: Record<string, LibFunc> = {
  find: (L, base, nargs) => findAux(L, base, nargs, true),
  match: (L, base, nargs) => findAux(L, base, nargs, false),
  gmatch,
  gsub,
};
