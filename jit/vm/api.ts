// Operations library functions perform on Lua values, running metamethods as nested calls (across a
// C-call boundary: a metamethod called from here cannot yield, as in LuaJIT). (lj_api.c)
import { u8, u32, f64 } from './heap.js';
import { T, FF, FN_FFID, FN_PC } from './obj.js';
import { typeName, copyTV } from './value.js';
import { MM } from '../bytecode/bcdef.js';
import * as meta from './meta.js';
import { call } from './interp.js';
import { fmtNum } from './strfmt.js';
import { FRAME_SLOTS, type LuaState } from './state.js';
import { ErrMsg } from './err.js';

/** Call mo(a, b) and store its first result in dst (dst < 0: discard). */
export function callMeta(L: LuaState, mo: number, a: number, b: number, dst: number): void {
  const top = L.top;
  copyTV(top, mo);
  copyTV(top + FRAME_SLOTS, a);
  copyTV(top + FRAME_SLOTS + 1, b);
  call(L, top, 2, 1);
  if (dst >= 0) copyTV(dst, top);
}

/** Run a metamethod call meta.ts laid out at BASE -r with `nargs` arguments; its first result goes to dst. */
function runLaidOut(L: LuaState, r: number, nargs: number, dst: number): void {
  const fslot = -r - FRAME_SLOTS;
  call(L, fslot, nargs, 1);
  if (dst >= 0) copyTV(dst, fslot);
}

/** dst = o[k], with __index (lua_gettable). */
export function gettable(L: LuaState, o: number, k: number, dst: number): void {
  const r = meta.tget(L, o, k, dst);
  if (r < 0) runLaidOut(L, r, 2, dst);
}

/** a < b as Lua defines it, with __lt (lua_lessthan). */
export function lessThan(L: LuaState, a: number, b: number): boolean {
  if (u32[(a << 1) + 1] < T.ISNUM && u32[(b << 1) + 1] < T.ISNUM) return f64[a] < f64[b];
  const r = meta.comp(L, a, b, 0);
  if (r >= 0) return r !== 0;
  const fslot = -r - FRAME_SLOTS;
  call(L, fslot, 2, 1);
  return u32[(fslot << 1) + 1] < T.ISTRUECOND;
}

/** tostring() of slot s, honouring __tostring (whose result must be a string or number). */
export function toStringMeta(L: LuaState, s: number): string {
  const mo = meta.metaLookup(L.g, s, MM.tostring);
  if (mo >= 0) {
    const r = L.top;
    callMeta(L, mo, s, s, r);
    const tag = u32[(r << 1) + 1];
    if (tag === T.STR || tag < T.ISNUM) return meta.strOrNumText(L.g, r);
    return L.callerError(ErrMsg.PRTOSTR);
  }
  return toStringRaw(L, s);
}

/** tostring() of slot s without metamethods: numbers as "%.14g", objects by type and address. */
export function toStringRaw(L: LuaState, s: number): string {
  const tag = u32[(s << 1) + 1];
  if (tag < T.ISNUM) return fmtNum(f64[s]);
  switch (tag) {
    case T.STR: return L.g.strs.text(u32[s << 1]);
    case T.NIL: return 'nil';
    case T.FALSE: return 'false';
    case T.TRUE: return 'true';
    case T.FUNC: {
      const f = u32[s << 1];
      if (u8[f + FN_FFID] !== FF.LUA) return `function: builtin#${u32[(f + FN_PC) >> 2]}`;
      return `function: 0x${hex8(f)}`;
    }
    default: return `${typeName(tag)}: 0x${hex8(u32[s << 1])}`;
  }
}

const hex8 = (x: number): string => x.toString(16).padStart(8, '0');
