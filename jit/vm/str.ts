// Interned strings: heap objects (header, length, hash, bytes) plus a JS-side index. (lj_str.c)
// Equal strings are the same object, so equality and hash-key lookups compare references.
import { alloc, u8, u32 } from './heap.js';
import { link } from './gc.js';
import { GCT } from './value.js';

// GCstr layout (bytes): +0 gct,marked | +4 nextgc | +8 len | +12 hash | +16 sid | +24 data...
export const STR_LEN = 8;
export const STR_HASH = 12;
export const STR_SID = 16;
export const STR_DATA = 24;
/** Longest string the VM will build (LuaJIT's LJ_MAX_STR is 2^31-1; V8 strings stop earlier). */
export const MAX_STR = (1 << 29) - 32;

/** JS text of each live string by sid. */
let texts: (string | undefined)[] = [];
let freeSids: number[] = [];
let interned = new Map<string, number>();

export function resetStrings(): void {
  texts = [];
  freeSids = [];
  interned = new Map();
}

/** The interned string object for byte string `s`. */
export function newStr(s: string): number {
  const o = interned.get(s);
  if (o !== undefined) return o;
  return createStr(s);
}

function createStr(s: string): number {
  const len = s.length;
  const o = alloc(STR_DATA + len + 1);
  u8[o] = GCT.STR;
  const sid = freeSids.length > 0 ? freeSids.pop()! : texts.length;
  texts[sid] = s;
  u32[(o + STR_LEN) >> 2] = len;
  u32[(o + STR_HASH) >> 2] = sid; // tables hash strings by their id, as LuaJIT's sid
  u32[(o + STR_SID) >> 2] = sid;
  const d = o + STR_DATA;
  for (let i = 0; i < len; i++) u8[d + i] = s.charCodeAt(i);
  interned.set(s, o);
  link(o);
  return o;
}

/** The byte string held by string object `o`. */
export const strText = (o: number): string => texts[u32[(o + STR_SID) >> 2]]!;
export const strHash = (o: number): number => u32[(o + STR_HASH) >> 2];

/** Drop a dead string from the intern table (called by the sweep). Returns its size in bytes. */
export function freeStr(o: number): number {
  const sid = u32[(o + STR_SID) >> 2];
  const s = texts[sid]!;
  interned.delete(s);
  texts[sid] = undefined;
  freeSids.push(sid);
  return STR_DATA + s.length + 1;
}

