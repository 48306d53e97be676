// TValue access: slots are addressed by TValue index (byte offset >> 3); u32[2*s] is the low word,
// u32[2*s+1] the itype (obj.ts T). Numbers are raw doubles: read the itype first, never a tagged
// slot through f64 (JS may canonicalise NaN payloads). (lj_obj.h)
import { u32 } from './heap.js';
import { T } from './obj.js';

export function setNil(s: number): void { u32[(s << 1) + 1] = T.NIL; }
export function setBool(s: number, b: boolean): void { u32[(s << 1) + 1] = b ? T.TRUE : T.FALSE; }
/** Store object `o` with itype `it` into slot s. */
export function setObj(s: number, o: number, it: T): void {
  u32[s << 1] = o;
  u32[(s << 1) + 1] = it;
}
/** Copy a TValue bit for bit (never through f64: NaN payloads must survive). */
export function copyTV(dst: number, src: number): void {
  u32[dst << 1] = u32[src << 1];
  u32[(dst << 1) + 1] = u32[(src << 1) + 1];
}
export const itype = (s: number): number => u32[(s << 1) + 1];
export const objOf = (s: number): number => u32[s << 1];

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
