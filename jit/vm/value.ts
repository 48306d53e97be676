// TValues in LuaJIT's non-GC64 layout: high word = itype, low word = payload; numbers are raw doubles. (lj_obj.h)
// Slots are addressed by TValue index (byte offset >> 3); u32[2*s] is the low word, u32[2*s+1] the itype.
import { u32 } from './heap.js';

/** Internal object tags (itype values, unsigned 32-bit). */
export const enum T {
  NIL = 0xffffffff,      // ~0
  FALSE = 0xfffffffe,    // ~1
  TRUE = 0xfffffffd,     // ~2
  LIGHTUD = 0xfffffffc,  // ~3
  STR = 0xfffffffb,      // ~4
  UPVAL = 0xfffffffa,    // ~5
  THREAD = 0xfffffff9,   // ~6
  PROTO = 0xfffffff8,    // ~7
  FUNC = 0xfffffff7,     // ~8
  TRACE = 0xfffffff6,    // ~9
  CDATA = 0xfffffff5,    // ~10
  TAB = 0xfffffff4,      // ~11
  UDATA = 0xfffffff3,    // ~12
  NUMX = 0xfffffff2,     // ~13
  /** itype < ISNUM (unsigned) means a number. */
  ISNUM = 0xfffffff2,
  /** itype < ISTRUECOND means truthy; nil and false are at or above it. */
  ISTRUECOND = 0xfffffffe,
  /** itype >= ISPRI is nil/false/true. */
  ISPRI = 0xfffffffd,
  /** Collectable objects (string .. userdata) have ISGCV >= itype > ISNUM. */
  ISGCV = 0xfffffffb,
}

/** Object type codes stored in each GC object's first byte (= ~itype & 0xff, as LuaJIT's gct). */
export const enum GCT {
  STR = 4, UPVAL = 5, THREAD = 6, PROTO = 7, FUNC = 8, TRACE = 9, CDATA = 10, TAB = 11, UDATA = 12,
}

// -- Slot access (s = TValue index) -------------------------------------------

export function setNil(s: number): void { u32[(s << 1) + 1] = T.NIL; }
export function setBool(s: number, b: boolean): void { u32[(s << 1) + 1] = b ? T.TRUE : T.FALSE; }
/** Copy a TValue bit for bit (never through f64: NaN payloads must survive). */
export function copyTV(dst: number, src: number): void {
  u32[dst << 1] = u32[src << 1];
  u32[(dst << 1) + 1] = u32[(src << 1) + 1];
}

/** Lua type names by itype, as type() returns them. */
export function typeName(tag: number): string {
  if (tag < T.ISNUM) return 'number';
  switch (tag) {
    case T.NIL: return 'nil';
    case T.FALSE: case T.TRUE: return 'boolean';
    case T.LIGHTUD: return 'userdata';
    case T.STR: return 'string';
    case T.THREAD: return 'thread';
    case T.PROTO: return 'proto';
    case T.FUNC: return 'function';
    case T.TRACE: return 'trace';
    case T.CDATA: return 'cdata';
    case T.TAB: return 'table';
    case T.UDATA: return 'userdata';
    default: return 'upval';
  }
}
