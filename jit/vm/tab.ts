// Tables: array part (keys 0..asize-1) and a hash part of chained nodes, with LuaJIT's
// sizing and insertion policy so that `#` and growth behave the same. (lj_tab.c)
//
// Nothing here throws: allocation and resizing return a status (TabErr) that the caller turns into
// a Lua error ("not enough memory", "table overflow"), since machine code will call them too. A
// failed resize leaves the table as it was.
import { u8, u32, f64 } from './heap.js';
import {
  T, GCT, TAB_NOMM, TAB_MT, TAB_ARRAY, TAB_ASIZE, TAB_NODE, TAB_HMASK, TAB_FREETOP, TAB_SIZE,
  NODE_VAL, NODE_KEY, NODE_NEXT, NODE_SIZE, TV_SIZE, TV_IT, TMPTV,
} from './obj.js';
import { strHash } from './str.js';
import type { Global } from './state.js';

export const LJ_MAX_ASIZE = (1 << 27) + 1;
export const LJ_MAX_ABITS = 28;
const LJ_MAX_HBITS = 26;
const HASH_BIAS = -0x04c11db7;

/** Why a table operation failed (negative, so it never looks like a slot or a table). */
export const enum TabErr { NOMEM = -2, OVERFLOW = -3 }

/** The nil-initialised value/key words of a fresh node (and of G's shared nilnode). */
export function initNode(n: number): void {
  u32[(n + NODE_VAL + TV_IT) >> 2] = T.NIL;
  u32[(n + NODE_KEY + TV_IT) >> 2] = T.NIL;
  u32[(n + NODE_NEXT) >> 2] = 0;
}

// -- Hashing -------------------------------------------------------------------

const rol = (x: number, n: number): number => ((x << n) | (x >>> (32 - n))) >>> 0;

/** Scramble two words (lj_tab.h hashrot, x86 variant). */
function hashrot(lo: number, hi: number): number {
  lo = (lo ^ hi) >>> 0; hi = rol(hi, 14);
  lo = (lo - hi) >>> 0; hi = rol(hi, 5);
  hi = (hi ^ lo) >>> 0; hi = (hi - rol(lo, 13)) >>> 0;
  return hi;
}

/** Main position (node index) of the key held in TValue slot `k`. */
function mainpos(t: number, k: number): number {
  const hmask = u32[(t + TAB_HMASK) >> 2];
  const tag = u32[(k << 1) + 1], lo = u32[k << 1];
  let h: number;
  if (tag === T.STR) h = strHash(lo);
  else if (tag < T.ISNUM) h = hashrot(lo, (tag << 1) >>> 0);
  else if (tag === T.FALSE) h = 0;
  else if (tag === T.TRUE) h = 1;
  else h = hashrot(lo, (lo + HASH_BIAS) >>> 0);
  return h & hmask;
}

const scratch = new Float64Array(1);
const scratchW = new Uint32Array(scratch.buffer);
function mainposNum(t: number, x: number): number {
  scratch[0] = x;
  return hashrot(scratchW[0], (scratchW[1] << 1) >>> 0) & u32[(t + TAB_HMASK) >> 2];
}

const nodeAt = (t: number, i: number): number => u32[(t + TAB_NODE) >> 2] + i * NODE_SIZE;

/** Raw key equality of two TValue slots (keys are never NaN and never -0). */
function keyEq(a: number, b: number): boolean {
  const ta = u32[(a << 1) + 1];
  if (ta < T.ISNUM) return u32[(b << 1) + 1] < T.ISNUM && f64[a] === f64[b];
  return ta === u32[(b << 1) + 1] && (ta >= T.ISPRI || u32[a << 1] === u32[b << 1]);
}

// -- Creation and resizing --------------------------------------------------------

/** Hash bits for s hash entries (lj_tab.h hsize2hbits). */
export const hsize2hbits = (s: number): number => (s ? (s === 1 ? 1 : 1 + (31 - Math.clz32(s - 1))) : 0);

/** A hash part of 2^hbits nil nodes, or a TabErr. */
function newhpart(g: Global, hbits: number): number {
  if (hbits > LJ_MAX_HBITS) return TabErr.OVERFLOW;
  const hsize = 1 << hbits;
  const node = g.mem.alloc(hsize * NODE_SIZE);
  if (node === 0) return TabErr.NOMEM;
  for (let i = 0; i < hsize; i++) initNode(node + i * NODE_SIZE);
  return node;
}

function setHpart(t: number, node: number, hmask: number, freetop: number): void {
  u32[(t + TAB_NODE) >> 2] = node;
  u32[(t + TAB_HMASK) >> 2] = hmask;
  u32[(t + TAB_FREETOP) >> 2] = freetop;
}

function nilArray(a: number, from: number, to: number): void {
  for (let i = from; i < to; i++) u32[((a >> 3) + i << 1) + 1] = T.NIL;
}

/** A new table with array slots 0..asize-1 and 2^hbits hash nodes (hbits 0 = none); or a TabErr. */
export function newTab(g: Global, asize: number, hbits: number): number {
  if (asize > LJ_MAX_ASIZE) return TabErr.OVERFLOW;
  let a = 0;
  if (asize > 0) {
    a = g.mem.alloc(asize * TV_SIZE);
    if (a === 0) return TabErr.NOMEM;
    nilArray(a, 0, asize);
  }
  let node = g.nilnode;
  if (hbits) {
    node = newhpart(g, hbits);
    if (node < 0) {
      if (a !== 0) g.mem.free(a, asize * TV_SIZE);
      return node;
    }
  }
  const t = g.newObj(TAB_SIZE, GCT.TAB);
  if (t === 0) {
    if (a !== 0) g.mem.free(a, asize * TV_SIZE);
    if (node !== g.nilnode) g.mem.free(node, (1 << hbits) * NODE_SIZE);
    return TabErr.NOMEM;
  }
  u8[t + TAB_NOMM] = 0xff;
  u32[(t + TAB_ARRAY) >> 2] = a;
  u32[(t + TAB_ASIZE) >> 2] = asize;
  if (hbits) setHpart(t, node, (1 << hbits) - 1, 1 << hbits);
  else setHpart(t, g.nilnode, 0, 0);
  return t;
}

/**
 * Give t an array part of asize slots and 2^hbits hash nodes, re-inserting what no longer fits
 * (lj_tab_resize). Returns 0, or a TabErr with t unchanged: every block is allocated before
 * anything moves.
 */
export function resize(g: Global, t: number, asize: number, hbits: number): number {
  const oldnode = u32[(t + TAB_NODE) >> 2];
  const oldasize = u32[(t + TAB_ASIZE) >> 2];
  const oldhmask = u32[(t + TAB_HMASK) >> 2];
  const olda = u32[(t + TAB_ARRAY) >> 2];
  if (asize > LJ_MAX_ASIZE) return TabErr.OVERFLOW;
  // The new array block (also when shrinking: a block's size is always asize*8, the GC frees it so).
  let na = olda;
  if (asize !== oldasize) {
    na = asize > 0 ? g.mem.alloc(asize * TV_SIZE) : 0;
    if (asize > 0 && na === 0) return TabErr.NOMEM;
  }
  const node = hbits ? newhpart(g, hbits) : g.nilnode;
  if (node < 0) {
    if (na !== olda && na !== 0) g.mem.free(na, asize * TV_SIZE);
    return node;
  }
  if (na !== olda) {
    const keep = Math.min(asize, oldasize);
    if (keep > 0) u32.copyWithin(na >> 2, olda >> 2, (olda >> 2) + keep * 2);
    if (asize > oldasize) nilArray(na, oldasize, asize);
  }
  u32[(t + TAB_ARRAY) >> 2] = na;
  u32[(t + TAB_ASIZE) >> 2] = asize;
  if (hbits) setHpart(t, node, (1 << hbits) - 1, 1 << hbits);
  else setHpart(t, g.nilnode, 0, 0);
  // Re-insert the array slots cut off and the old hash part: the new sizes were chosen to hold
  // them all, so these insertions never need to grow the table again.
  for (let i = asize; i < oldasize; i++) {
    const s = (olda >> 3) + i;
    if (u32[(s << 1) + 1] !== T.NIL) {
      const d = setInt(g, t, i);
      u32[d << 1] = u32[s << 1];
      u32[(d << 1) + 1] = u32[(s << 1) + 1];
    }
  }
  if (na !== olda && oldasize > 0) g.mem.free(olda, oldasize * TV_SIZE);
  if (oldnode !== g.nilnode) {
    for (let i = 0; i <= oldhmask; i++) {
      const n = oldnode + i * NODE_SIZE;
      if (u32[(n + NODE_VAL + TV_IT) >> 2] !== T.NIL) {
        const d = set(g, t, (n + NODE_KEY) >> 3);
        u32[d << 1] = u32[(n + NODE_VAL) >> 2];
        u32[(d << 1) + 1] = u32[(n + NODE_VAL + TV_IT) >> 2];
      }
    }
    g.mem.free(oldnode, (oldhmask + 1) * NODE_SIZE);
  }
  return 0;
}

/** Free a dead table's array and hash blocks (the header is freed by the sweep). */
export function freeParts(g: Global, t: number): void {
  const asize = u32[(t + TAB_ASIZE) >> 2];
  if (asize > 0) g.mem.free(u32[(t + TAB_ARRAY) >> 2], asize * TV_SIZE);
  const node = u32[(t + TAB_NODE) >> 2];
  if (node !== g.nilnode) g.mem.free(node, (u32[(t + TAB_HMASK) >> 2] + 1) * NODE_SIZE);
}

/** Resize the array part to hold keys 0..nasize, keeping the hash size (lj_tab_reasize). 0 or a TabErr. */
export function reasize(g: Global, t: number, nasize: number): number {
  const hmask = u32[(t + TAB_HMASK) >> 2];
  const hbits = u32[(t + TAB_NODE) >> 2] !== g.nilnode && hmask > 0 ? 32 - Math.clz32(hmask) : 0;
  return resize(g, t, nasize + 1, hbits);
}

// -- Rehash (choose new array/hash sizes) ----------------------------------------

function countint(k: number, bins: Uint32Array): number {
  if (u32[(k << 1) + 1] < T.ISNUM) {
    const nk = f64[k];
    const ki = nk | 0;
    if (ki >>> 0 < LJ_MAX_ASIZE && nk === ki) {
      bins[ki > 2 ? 31 - Math.clz32(ki - 1) : 0]++;
      return 1;
    }
  }
  return 0;
}

function countarray(t: number, bins: Uint32Array): number {
  const asize = u32[(t + TAB_ASIZE) >> 2];
  if (asize === 0) return 0;
  const a = u32[(t + TAB_ARRAY) >> 2] >> 3;
  let na = 0, i = 0;
  for (let b = 0; b < LJ_MAX_ABITS; b++) {
    let top = 2 << b;
    if (top >= asize) {
      top = asize - 1;
      if (i > top) break;
    }
    let n = 0;
    for (; i <= top; i++) if (u32[((a + i) << 1) + 1] !== T.NIL) n++;
    bins[b] += n;
    na += n;
  }
  return na;
}

function rehashtab(g: Global, t: number, ek: number): number {
  const bins = new Uint32Array(LJ_MAX_ABITS);
  let asize = countarray(t, bins);
  let total = 1 + asize;
  const hmask = u32[(t + TAB_HMASK) >> 2];
  const node = u32[(t + TAB_NODE) >> 2];
  let na = 0;
  if (node !== g.nilnode) {
    for (let i = 0; i <= hmask; i++) {
      const n = node + i * NODE_SIZE;
      if (u32[(n + NODE_VAL + TV_IT) >> 2] !== T.NIL) {
        na += countint((n + NODE_KEY) >> 3, bins);
        total++;
      }
    }
  }
  asize += na;
  asize += countint(ek, bins);
  // bestasize
  let sz = 0, nb = 0, sum = 0;
  for (let b = 0; 2 * asize > (1 << b) && sum !== asize; b++) {
    if (bins[b] > 0 && 2 * (sum += bins[b]) > (1 << b)) {
      sz = (2 << b) + 1;
      nb = sum;
    }
  }
  total -= nb;
  return resize(g, t, sz, hsize2hbits(total));
}

// -- Lookup ----------------------------------------------------------------------
// Each getter returns the TValue index of the value, or -1 when the key is absent.

/** Value slot for integer key k (any int32). */
export function getInt(t: number, k: number): number {
  if (k >>> 0 < u32[(t + TAB_ASIZE) >> 2]) return (u32[(t + TAB_ARRAY) >> 2] >> 3) + k;
  return getNumHash(t, k);
}

function getNumHash(t: number, x: number): number {
  let n = nodeAt(t, mainposNum(t, x));
  do {
    const ks = (n + NODE_KEY) >> 3;
    if (u32[(ks << 1) + 1] < T.ISNUM && f64[ks] === x) return n >> 3;
    n = u32[(n + NODE_NEXT) >> 2];
  } while (n !== 0);
  return -1;
}

/** Value slot for a number key (already checked not NaN). */
export function getNum(t: number, x: number): number {
  const k = x | 0;
  if (k === x && k >>> 0 < u32[(t + TAB_ASIZE) >> 2]) return (u32[(t + TAB_ARRAY) >> 2] >> 3) + k;
  return getNumHash(t, x);
}

/** Value slot for string key object s. */
export function getStr(t: number, s: number): number {
  let n = nodeAt(t, strHash(s) & u32[(t + TAB_HMASK) >> 2]);
  do {
    if (u32[(n + NODE_KEY) >> 2] === s && u32[(n + NODE_KEY + TV_IT) >> 2] === T.STR) return n >> 3;
    n = u32[(n + NODE_NEXT) >> 2];
  } while (n !== 0);
  return -1;
}

/** Value slot for the key in TValue slot k (any type). */
export function get(t: number, k: number): number {
  const tag = u32[(k << 1) + 1];
  if (tag === T.STR) return getStr(t, u32[k << 1]);
  if (tag < T.ISNUM) return getNum(t, f64[k]);
  if (tag === T.NIL) return -1;
  let n = nodeAt(t, mainpos(t, k));
  do {
    if (keyEq((n + NODE_KEY) >> 3, k)) return n >> 3;
    n = u32[(n + NODE_NEXT) >> 2];
  } while (n !== 0);
  return -1;
}

// -- Insertion -------------------------------------------------------------------

/** Insert a new key (Brent's variation); returns its value slot (nil), or a TabErr. Key must be valid. */
function newkey(g: Global, t: number, k: number): number {
  let n = nodeAt(t, mainpos(t, k));
  const hmask = u32[(t + TAB_HMASK) >> 2];
  if (u32[(n + NODE_VAL + TV_IT) >> 2] !== T.NIL || hmask === 0 && u32[(t + TAB_NODE) >> 2] === g.nilnode) {
    const nodebase = u32[(t + TAB_NODE) >> 2];
    let fi = u32[(t + TAB_FREETOP) >> 2];
    let freenode: number;
    for (;;) {
      if (fi === 0 || nodebase === g.nilnode) {
        // k may be G's scratch key slot (setInt/setNum/setStr), which resize reuses to move
        // array slots into the hash part: keep the key across the rehash.
        const klo = u32[k << 1], khi = u32[(k << 1) + 1];
        const st = rehashtab(g, t, k);
        u32[k << 1] = klo; u32[(k << 1) + 1] = khi;
        return st < 0 ? st : set(g, t, k);
      }
      fi--;
      freenode = nodebase + fi * NODE_SIZE;
      if (u32[(freenode + NODE_KEY + TV_IT) >> 2] === T.NIL) break;
    }
    u32[(t + TAB_FREETOP) >> 2] = fi;
    let collide = nodeAt(t, mainpos(t, (n + NODE_KEY) >> 3));
    if (collide !== n) {
      while (u32[(collide + NODE_NEXT) >> 2] !== n) collide = u32[(collide + NODE_NEXT) >> 2];
      u32[(collide + NODE_NEXT) >> 2] = freenode;
      u32.copyWithin(freenode >> 2, n >> 2, (n >> 2) + 5);
      u32[(n + NODE_NEXT) >> 2] = 0;
      u32[(n + NODE_VAL + TV_IT) >> 2] = T.NIL;
      // Rechain keys whose main position is the node just vacated.
      let fn = freenode;
      for (;;) {
        const nn = u32[(fn + NODE_NEXT) >> 2];
        if (nn === 0) break;
        if (u32[(nn + NODE_VAL + TV_IT) >> 2] !== T.NIL && nodeAt(t, mainpos(t, (nn + NODE_KEY) >> 3)) === n) {
          u32[(fn + NODE_NEXT) >> 2] = u32[(nn + NODE_NEXT) >> 2];
          u32[(nn + NODE_NEXT) >> 2] = u32[(n + NODE_NEXT) >> 2];
          u32[(n + NODE_NEXT) >> 2] = nn;
          for (;;) {
            const m = u32[(fn + NODE_NEXT) >> 2];
            if (m === 0) break;
            if (u32[(m + NODE_VAL + TV_IT) >> 2] !== T.NIL) {
              const mn = nodeAt(t, mainpos(t, (m + NODE_KEY) >> 3));
              if (mn !== fn && mn !== m) {
                u32[(fn + NODE_NEXT) >> 2] = u32[(m + NODE_NEXT) >> 2];
                u32[(m + NODE_NEXT) >> 2] = u32[(mn + NODE_NEXT) >> 2];
                u32[(mn + NODE_NEXT) >> 2] = m;
              } else {
                fn = m;
              }
            } else {
              fn = m;
            }
          }
          break;
        }
        fn = nn;
      }
    } else {
      u32[(freenode + NODE_NEXT) >> 2] = u32[(n + NODE_NEXT) >> 2];
      u32[(n + NODE_NEXT) >> 2] = freenode;
      n = freenode;
    }
  }
  const ks = (n + NODE_KEY) >> 3;
  if (u32[(k << 1) + 1] < T.ISNUM && f64[k] === 0) {
    u32[ks << 1] = 0; u32[(ks << 1) + 1] = 0; // -0 key is stored as +0
  } else {
    u32[ks << 1] = u32[k << 1];
    u32[(ks << 1) + 1] = u32[(k << 1) + 1];
  }
  return n >> 3;
}

/** Value slot for key k, creating the key if absent, or a TabErr. k must not be nil or NaN. */
export function set(g: Global, t: number, k: number): number {
  u8[t + TAB_NOMM] = 0; // a store may add a metamethod: drop the negative cache
  const s = get(t, k);
  if (s >= 0) return s;
  return newkey(g, t, k);
}

/** Value slot for integer key, created if absent; or a TabErr. */
export function setInt(g: Global, t: number, k: number): number {
  u8[t + TAB_NOMM] = 0;
  if (k >>> 0 < u32[(t + TAB_ASIZE) >> 2]) return (u32[(t + TAB_ARRAY) >> 2] >> 3) + k;
  const s = getNumHash(t, k);
  if (s >= 0) return s;
  const ks = g.tmp + TMPTV.TABLE_KEY;
  f64[ks] = k;
  return newkey(g, t, ks);
}

/** Value slot for a number key (not NaN), created if absent; or a TabErr. */
export function setNum(g: Global, t: number, x: number): number {
  u8[t + TAB_NOMM] = 0;
  const s = getNum(t, x);
  if (s >= 0) return s;
  const ks = g.tmp + TMPTV.TABLE_KEY;
  f64[ks] = x;
  return newkey(g, t, ks);
}

/** Value slot for a string key, created if absent; or a TabErr. */
export function setStr(g: Global, t: number, str: number): number {
  u8[t + TAB_NOMM] = 0;
  const s = getStr(t, str);
  if (s >= 0) return s;
  const ks = g.tmp + TMPTV.TABLE_KEY;
  u32[ks << 1] = str;
  u32[(ks << 1) + 1] = T.STR;
  return newkey(g, t, ks);
}

// -- Length and traversal -----------------------------------------------------------

function lenSlow(t: number, hi: number): number {
  let lo = hi;
  hi++;
  for (;;) {
    const s = getInt(t, hi);
    if (s < 0 || u32[(s << 1) + 1] === T.NIL) break;
    lo = hi;
    hi += hi;
    if (hi > 0x7ffffffd) {
      lo = 1;
      for (;;) {
        const s2 = getInt(t, lo);
        if (s2 < 0 || u32[(s2 << 1) + 1] === T.NIL) break;
        lo++;
      }
      return lo - 1;
    }
  }
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    const s = getInt(t, mid);
    if (s >= 0 && u32[(s << 1) + 1] !== T.NIL) lo = mid; else hi = mid;
  }
  return lo;
}

/** The border `#t` as LuaJIT computes it. */
export function len(t: number): number {
  let hi = u32[(t + TAB_ASIZE) >> 2];
  if (hi) hi--;
  const a = u32[(t + TAB_ARRAY) >> 2] >> 3;
  if (hi > 0 && u32[((a + hi) << 1) + 1] === T.NIL) {
    let lo = 0;
    while (hi - lo > 1) {
      const mid = (lo + hi) >>> 1;
      if (u32[((a + mid) << 1) + 1] === T.NIL) hi = mid; else lo = mid;
    }
    return lo;
  }
  return u32[(t + TAB_HMASK) >> 2] ? lenSlow(t, hi) : hi;
}

/** Successor index of key slot k for next(): 0 starts, ~0 (-1) means invalid key. */
function keyindex(t: number, k: number): number {
  const tag = u32[(k << 1) + 1];
  if (tag < T.ISNUM) {
    const nk = f64[k];
    const ki = nk | 0;
    if (ki >>> 0 < u32[(t + TAB_ASIZE) >> 2] && nk === ki) return ki + 1;
  }
  if (tag !== T.NIL) {
    const s = get(t, k);
    if (s < 0 || s < (u32[(t + TAB_NODE) >> 2] >> 3)) return -1;
    // s is a node's value slot inside the hash part.
    const ni = ((s << 3) - u32[(t + TAB_NODE) >> 2]) / NODE_SIZE;
    return u32[(t + TAB_ASIZE) >> 2] + ni + 1;
  }
  return 0;
}

/** next(t, k): writes key to slot out and value to out+1; returns 1, 0 at the end, -1 for an invalid key. */
export function next(g: Global, t: number, k: number, out: number): number {
  let idx = keyindex(t, k);
  if (idx < 0) return -1;
  const asize = u32[(t + TAB_ASIZE) >> 2];
  const a = u32[(t + TAB_ARRAY) >> 2] >> 3;
  for (; idx < asize; idx++) {
    const s = a + idx;
    if (u32[(s << 1) + 1] !== T.NIL) {
      f64[out] = idx;
      u32[(out + 1) << 1] = u32[s << 1];
      u32[((out + 1) << 1) + 1] = u32[(s << 1) + 1];
      return 1;
    }
  }
  idx -= asize;
  const hmask = u32[(t + TAB_HMASK) >> 2];
  const node = u32[(t + TAB_NODE) >> 2];
  if (node === g.nilnode) return 0;
  for (; idx <= hmask; idx++) {
    const n = node + idx * NODE_SIZE;
    if (u32[(n + NODE_VAL + TV_IT) >> 2] !== T.NIL) {
      u32.copyWithin(out << 1, (n + NODE_KEY) >> 2, ((n + NODE_KEY) >> 2) + 2);
      u32.copyWithin((out + 1) << 1, n >> 2, (n >> 2) + 2);
      return 1;
    }
  }
  return 0;
}

/** Copy of table kt (array, hash layout and values), without metatable, or a TabErr. (lj_tab_dup) */
export function dup(g: Global, kt: number): number {
  const asize = u32[(kt + TAB_ASIZE) >> 2];
  const hmask = u32[(kt + TAB_HMASK) >> 2];
  const knode = u32[(kt + TAB_NODE) >> 2];
  const hbits = knode !== g.nilnode ? 31 - Math.clz32(hmask + 1) : 0;
  const t = newTab(g, asize, hbits);
  if (t < 0) return t;
  u8[t + TAB_NOMM] = 0; // copied keys may name metamethods
  if (asize > 0) {
    const a = u32[(t + TAB_ARRAY) >> 2], ka = u32[(kt + TAB_ARRAY) >> 2];
    u32.copyWithin(a >> 2, ka >> 2, (ka >> 2) + asize * 2);
  }
  if (hbits) {
    const node = u32[(t + TAB_NODE) >> 2];
    u32[(t + TAB_FREETOP) >> 2] = u32[(kt + TAB_FREETOP) >> 2];
    u32.copyWithin(node >> 2, knode >> 2, (knode >> 2) + (hmask + 1) * (NODE_SIZE >> 2));
    for (let i = 0; i <= hmask; i++) {
      const nx = node + i * NODE_SIZE + NODE_NEXT;
      const kn = u32[nx >> 2];
      if (kn !== 0) u32[nx >> 2] = kn - knode + node;
    }
  }
  return t;
}

/** The metatable of table t (0 = none). */
export const metatable = (t: number): number => u32[(t + TAB_MT) >> 2];
export const setMetatable = (t: number, mt: number): void => { u32[(t + TAB_MT) >> 2] = mt; };
