// Tables: array part (keys 0..asize-1) and a hash part of chained nodes, with LuaJIT's
// sizing and insertion policy so that `#` and growth behave the same. (lj_tab.c)
import { alloc, free, u8, u32, f64 } from './heap.js';
import { link } from './gc.js';
import { GCT, T } from './value.js';
import { strHash } from './str.js';

// GCtab layout (bytes): +0 gct,marked,nomm | +4 nextgc | +8 metatable | +12 array | +16 asize
//                       +20 node | +24 hmask | +28 freetop (node index)
export const TAB_NOMM = 2;
export const TAB_MT = 8;
export const TAB_ARRAY = 12;
export const TAB_ASIZE = 16;
export const TAB_NODE = 20;
export const TAB_HMASK = 24;
export const TAB_FREETOP = 28;
export const TAB_SIZE = 40;
// Node layout: +0 val (TValue) | +8 key (TValue) | +16 next (node ref, 0 = end)
export const NODE_VAL = 0;
export const NODE_KEY = 8;
export const NODE_NEXT = 16;
export const NODE_SIZE = 24;

export const LJ_MAX_ASIZE = (1 << 27) + 1;
export const LJ_MAX_ABITS = 28;
const LJ_MAX_HBITS = 26;
const HASH_BIAS = -0x04c11db7;

/** The shared empty node of tables without a hash part (hmask 0). */
let nilnode = 0;

export class TableOverflow extends Error {
  constructor() { super('table overflow'); }
}

export function resetTables(): void {
  nilnode = alloc(NODE_SIZE);
  u32[(nilnode + NODE_VAL + 4) >> 2] = T.NIL;
  u32[(nilnode + NODE_KEY + 4) >> 2] = T.NIL;
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

function newhpart(t: number, hbits: number): void {
  if (hbits > LJ_MAX_HBITS) throw new TableOverflow();
  const hsize = 1 << hbits;
  const node = alloc(hsize * NODE_SIZE);
  for (let i = 0; i < hsize; i++) {
    const n = node + i * NODE_SIZE;
    u32[(n + NODE_VAL + 4) >> 2] = T.NIL;
    u32[(n + NODE_KEY + 4) >> 2] = T.NIL;
  }
  u32[(t + TAB_NODE) >> 2] = node;
  u32[(t + TAB_HMASK) >> 2] = hsize - 1;
  u32[(t + TAB_FREETOP) >> 2] = hsize;
}

function nilArray(a: number, from: number, to: number): void {
  for (let i = from; i < to; i++) u32[((a >> 3) + i << 1) + 1] = T.NIL;
}

/** A new table with array slots 0..asize-1 and 2^hbits hash nodes (hbits 0 = none). */
export function newTab(asize: number, hbits: number): number {
  const t = alloc(TAB_SIZE);
  u8[t] = GCT.TAB;
  u8[t + TAB_NOMM] = 0xff;
  u32[(t + TAB_NODE) >> 2] = nilnode;
  if (asize > 0) {
    if (asize > LJ_MAX_ASIZE) throw new TableOverflow();
    const a = alloc(asize * 8);
    nilArray(a, 0, asize);
    u32[(t + TAB_ARRAY) >> 2] = a;
    u32[(t + TAB_ASIZE) >> 2] = asize;
  }
  if (hbits) newhpart(t, hbits);
  link(t);
  return t;
}

export function resize(t: number, asize: number, hbits: number): void {
  const oldnode = u32[(t + TAB_NODE) >> 2];
  const oldasize = u32[(t + TAB_ASIZE) >> 2];
  const oldhmask = u32[(t + TAB_HMASK) >> 2];
  if (asize > oldasize) {
    if (asize > LJ_MAX_ASIZE) throw new TableOverflow();
    const a = alloc(asize * 8);
    const olda = u32[(t + TAB_ARRAY) >> 2];
    if (oldasize > 0) {
      u32.copyWithin(a >> 2, olda >> 2, (olda >> 2) + oldasize * 2);
      free(olda, oldasize * 8);
    }
    nilArray(a, oldasize, asize);
    u32[(t + TAB_ARRAY) >> 2] = a;
    u32[(t + TAB_ASIZE) >> 2] = asize;
  }
  if (hbits) {
    newhpart(t, hbits);
  } else {
    u32[(t + TAB_NODE) >> 2] = nilnode;
    u32[(t + TAB_HMASK) >> 2] = 0;
    u32[(t + TAB_FREETOP) >> 2] = 0;
  }
  if (asize < oldasize) {
    const a = u32[(t + TAB_ARRAY) >> 2];
    u32[(t + TAB_ASIZE) >> 2] = asize;
    for (let i = asize; i < oldasize; i++) {
      const s = (a >> 3) + i;
      if (u32[(s << 1) + 1] !== T.NIL) {
        const d = setInt(t, i);
        u32[d << 1] = u32[s << 1];
        u32[(d << 1) + 1] = u32[(s << 1) + 1];
      }
    }
    // Physically shrink, so the block size is always asize*8 (the GC frees it with that size).
    let na = 0;
    if (asize > 0) {
      na = alloc(asize * 8);
      u32.copyWithin(na >> 2, a >> 2, (a >> 2) + asize * 2);
    }
    free(a, oldasize * 8);
    u32[(t + TAB_ARRAY) >> 2] = na;
  }
  if (oldhmask > 0 || oldnode !== nilnode) {
    if (oldnode !== nilnode) {
      for (let i = 0; i <= oldhmask; i++) {
        const n = oldnode + i * NODE_SIZE;
        if (u32[(n + NODE_VAL + 4) >> 2] !== T.NIL) {
          const d = set(t, (n + NODE_KEY) >> 3);
          u32[d << 1] = u32[(n + NODE_VAL) >> 2];
          u32[(d << 1) + 1] = u32[(n + NODE_VAL + 4) >> 2];
        }
      }
      free(oldnode, (oldhmask + 1) * NODE_SIZE);
    }
  }
}

/** Free a dead table's array and hash blocks (the header is freed by the sweep). */
export function freeParts(t: number): void {
  const asize = u32[(t + TAB_ASIZE) >> 2];
  if (asize > 0) free(u32[(t + TAB_ARRAY) >> 2], asize * 8);
  const node = u32[(t + TAB_NODE) >> 2];
  if (node !== nilnode) free(node, (u32[(t + TAB_HMASK) >> 2] + 1) * NODE_SIZE);
}

/** Resize the array part to hold keys 0..nasize, keeping the hash size (lj_tab_reasize). */
export function reasize(t: number, nasize: number): void {
  const hmask = u32[(t + TAB_HMASK) >> 2];
  const hbits = u32[(t + TAB_NODE) >> 2] !== nilnode && hmask > 0 ? 32 - Math.clz32(hmask) : 0;
  resize(t, nasize + 1, hbits);
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

function rehashtab(t: number, ek: number): void {
  const bins = new Uint32Array(LJ_MAX_ABITS);
  let asize = countarray(t, bins);
  let total = 1 + asize;
  const hmask = u32[(t + TAB_HMASK) >> 2];
  const node = u32[(t + TAB_NODE) >> 2];
  let na = 0;
  if (node !== nilnode) {
    for (let i = 0; i <= hmask; i++) {
      const n = node + i * NODE_SIZE;
      if (u32[(n + NODE_VAL + 4) >> 2] !== T.NIL) {
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
  resize(t, sz, hsize2hbits(total));
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
    if (u32[(n + NODE_KEY) >> 2] === s && u32[(n + NODE_KEY + 4) >> 2] === T.STR) return n >> 3;
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

let scratchKey = 0; // a TValue slot in the heap for building keys (set by resetTables' caller)
export function setScratchKey(s: number): void { scratchKey = s; }

/** Insert a new key (Brent's variation); returns its value slot (nil). Key must be valid. */
function newkey(t: number, k: number): number {
  let n = nodeAt(t, mainpos(t, k));
  const hmask = u32[(t + TAB_HMASK) >> 2];
  if (u32[(n + NODE_VAL + 4) >> 2] !== T.NIL || hmask === 0 && u32[(t + TAB_NODE) >> 2] === nilnode) {
    const nodebase = u32[(t + TAB_NODE) >> 2];
    let fi = u32[(t + TAB_FREETOP) >> 2];
    let freenode: number;
    for (;;) {
      if (fi === 0 || nodebase === nilnode) {
        rehashtab(t, k);
        return set(t, k);
      }
      fi--;
      freenode = nodebase + fi * NODE_SIZE;
      if (u32[(freenode + NODE_KEY + 4) >> 2] === T.NIL) break;
    }
    u32[(t + TAB_FREETOP) >> 2] = fi;
    let collide = nodeAt(t, mainpos(t, (n + NODE_KEY) >> 3));
    if (collide !== n) {
      while (u32[(collide + NODE_NEXT) >> 2] !== n) collide = u32[(collide + NODE_NEXT) >> 2];
      u32[(collide + NODE_NEXT) >> 2] = freenode;
      u32.copyWithin(freenode >> 2, n >> 2, (n >> 2) + 5);
      u32[(n + NODE_NEXT) >> 2] = 0;
      u32[(n + NODE_VAL + 4) >> 2] = T.NIL;
      // Rechain keys whose main position is the node just vacated.
      let fn = freenode;
      for (;;) {
        const nn = u32[(fn + NODE_NEXT) >> 2];
        if (nn === 0) break;
        if (u32[(nn + NODE_VAL + 4) >> 2] !== T.NIL && nodeAt(t, mainpos(t, (nn + NODE_KEY) >> 3)) === n) {
          u32[(fn + NODE_NEXT) >> 2] = u32[(nn + NODE_NEXT) >> 2];
          u32[(nn + NODE_NEXT) >> 2] = u32[(n + NODE_NEXT) >> 2];
          u32[(n + NODE_NEXT) >> 2] = nn;
          for (;;) {
            const m = u32[(fn + NODE_NEXT) >> 2];
            if (m === 0) break;
            if (u32[(m + NODE_VAL + 4) >> 2] !== T.NIL) {
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

/** Value slot for key k, creating the key if absent. k must not be nil or NaN. */
export function set(t: number, k: number): number {
  u8[t + TAB_NOMM] = 0; // a store may add a metamethod: drop the negative cache
  const s = get(t, k);
  if (s >= 0) return s;
  return newkey(t, k);
}

/** Value slot for integer key, created if absent. */
export function setInt(t: number, k: number): number {
  u8[t + TAB_NOMM] = 0;
  if (k >>> 0 < u32[(t + TAB_ASIZE) >> 2]) return (u32[(t + TAB_ARRAY) >> 2] >> 3) + k;
  const s = getNumHash(t, k);
  if (s >= 0) return s;
  const ks = scratchKey;
  f64[ks] = k;
  return newkey(t, ks);
}

/** Value slot for a number key (not NaN), created if absent. */
export function setNum(t: number, x: number): number {
  u8[t + TAB_NOMM] = 0;
  const s = getNum(t, x);
  if (s >= 0) return s;
  const ks = scratchKey;
  f64[ks] = x;
  return newkey(t, ks);
}

/** Value slot for a string key, created if absent. */
export function setStr(t: number, str: number): number {
  u8[t + TAB_NOMM] = 0;
  const s = getStr(t, str);
  if (s >= 0) return s;
  const ks = scratchKey;
  u32[ks << 1] = str;
  u32[(ks << 1) + 1] = T.STR;
  return newkey(t, ks);
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
export function next(t: number, k: number, out: number): number {
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
  if (node === nilnode) return 0;
  for (; idx <= hmask; idx++) {
    const n = node + idx * NODE_SIZE;
    if (u32[(n + NODE_VAL + 4) >> 2] !== T.NIL) {
      u32.copyWithin(out << 1, (n + NODE_KEY) >> 2, ((n + NODE_KEY) >> 2) + 2);
      u32.copyWithin((out + 1) << 1, n >> 2, (n >> 2) + 2);
      return 1;
    }
  }
  return 0;
}

/** Copy of table kt (array, hash layout and values), without metatable. (lj_tab_dup) */
export function dup(kt: number): number {
  const asize = u32[(kt + TAB_ASIZE) >> 2];
  const hmask = u32[(kt + TAB_HMASK) >> 2];
  const knode = u32[(kt + TAB_NODE) >> 2];
  const hbits = knode !== nilnode ? 31 - Math.clz32(hmask + 1) : 0;
  const t = newTab(asize, hbits);
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

export const nilNode = (): number => nilnode;
