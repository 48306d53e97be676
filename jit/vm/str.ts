// Interned strings: heap objects (header, length, hash, bytes) plus the VM's string table. (lj_str.c)
// Equal strings are the same object, so equality and hash-key lookups compare references. The
// table keeps each string's text as a JS byte string too, so library code reads it without decoding.
import { u8, u32 } from './heap.js';
import { GCT, STR_LEN, STR_HASH, STR_SID, STR_DATA, strSize } from './obj.js';
import type { Global } from './state.js';

/** Longest string the VM will build (LuaJIT's LJ_MAX_STR is 2^31-1; V8 strings stop earlier). */
export const MAX_STR = (1 << 29) - 32;

/** One VM's string table: text by string id, and the interned object of each text. */
export class StrTab {
  private readonly texts: (string | undefined)[] = [];
  private readonly freeSids: number[] = [];
  private readonly interned = new Map<string, number>();

  /** The byte string held by string object `o`. */
  text(o: number): string { return this.texts[u32[(o + STR_SID) >> 2]]!; }

  /** The interned object for `s`, or undefined if no live string has that text. */
  find(s: string): number | undefined { return this.interned.get(s); }

  /** Register a new string object's text; returns its id. */
  add(s: string, o: number): number {
    const sid = this.freeSids.length > 0 ? this.freeSids.pop()! : this.texts.length;
    this.texts[sid] = s;
    this.interned.set(s, o);
    return sid;
  }

  /** Forget a dead string (the sweep frees its block). Returns its size in bytes. */
  remove(o: number): number {
    const sid = u32[(o + STR_SID) >> 2];
    const s = this.texts[sid]!;
    this.interned.delete(s);
    this.texts[sid] = undefined;
    this.freeSids.push(sid);
    return strSize(s.length);
  }
}

/**
 * The interned string object for byte string `s`, created if new. Returns 0 when the heap is full:
 * the caller raises "not enough memory" (L.str does).
 */
export function newStr(g: Global, s: string): number {
  const st = g.strs;
  const o = st.find(s);
  if (o !== undefined) return o;
  const len = s.length;
  const p = g.newObj(strSize(len), GCT.STR);
  if (p === 0) return 0;
  const sid = st.add(s, p);
  u32[(p + STR_LEN) >> 2] = len;
  u32[(p + STR_HASH) >> 2] = sid; // tables hash strings by their id, as LuaJIT's sid
  u32[(p + STR_SID) >> 2] = sid;
  const d = p + STR_DATA;
  for (let i = 0; i < len; i++) u8[d + i] = s.charCodeAt(i);
  return p;
}

export const strHash = (o: number): number => u32[(o + STR_HASH) >> 2];
export const strLen = (o: number): number => u32[(o + STR_LEN) >> 2];
