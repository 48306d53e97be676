// Closures, upvalues and loaded prototypes. (lj_func.c)
import { alloc, u8, u32 } from './heap.js';
import { link } from './gc.js';
import { GCT } from './value.js';
import type { Proto } from '../bytecode/proto.js';

// GCfunc layout: +0 gct,marked,ffid,nupvalues | +4 nextgc | +8 env | +12 pc (Lua: word index of bc[0];
// C: index into the C function table) | +16 proto id (Lua) / kept-alive ref (C) | +24 upvalue refs (Lua)
export const FN_FFID = 2;
export const FN_NUPV = 3;
export const FN_ENV = 8;
export const FN_PC = 12;
export const FN_PROTO = 16;
/** C functions: one reference the function keeps alive (e.g. wrap's coroutine), in the proto-id word. */
export const FN_CUPV = 16;
export const FN_UV = 24;

/** Function kinds in the ffid byte: 0 = Lua, otherwise a C (TypeScript) function; some need the interpreter. */
export const enum FF {
  LUA = 0, C = 1, pcall = 2, xpcall = 3, coroutine_yield = 4, coroutine_resume = 5, coroutine_wrap_aux = 6,
}

// GCupval layout: +0 gct,marked,closed,immutable | +4 nextgc | +8 TValue (closed) | +16 v (slot index) | +20 next open
export const UV_CLOSED = 2;
export const UV_TV = 8;
export const UV_V = 16;
export const UV_NEXTOPEN = 20;
export const UV_SIZE = 24;

/** A prototype loaded into the heap: bytecode copied there, constants resolved to heap refs. */
export interface LProto extends Proto {
  id: number;
  /** Word index of bc[0] in the heap (a PC is a word index; frame links store PC*4). */
  pcBase: number;
  /** kgc resolved: strings and template tables as heap refs, child prototypes as proto ids. */
  kref: Int32Array;
  /** knum as a typed array, so every prototype's constants have the same shape for V8. */
  knumf: Float64Array;
  /** Short chunk name for messages ("t.lua", "stdin", [string "..."]). */
  shortSrc: string;
}

export function luaFuncSize(nuv: number): number { return FN_UV + 4 * nuv; }

/** A new Lua closure of proto `pt` with `nuv` upvalue slots (filled by the caller). */
export function newLFunc(pt: LProto, env: number): number {
  const nuv = pt.uv.length;
  const f = alloc(luaFuncSize(nuv));
  u8[f] = GCT.FUNC;
  u8[f + FN_FFID] = FF.LUA;
  u8[f + FN_NUPV] = nuv;
  u32[(f + FN_ENV) >> 2] = env;
  u32[(f + FN_PC) >> 2] = pt.pcBase;
  u32[(f + FN_PROTO) >> 2] = pt.id;
  link(f);
  return f;
}

/** A new C function object bound to C-function table index `id`. */
export function newCFunc(id: number, ffid: number, env: number): number {
  const f = alloc(FN_UV);
  u8[f] = GCT.FUNC;
  u8[f + FN_FFID] = ffid;
  u32[(f + FN_ENV) >> 2] = env;
  u32[(f + FN_PC) >> 2] = id;
  link(f);
  return f;
}

/** A new open upvalue pointing at stack slot `slot`. */
export function newOpenUpval(slot: number): number {
  const uv = alloc(UV_SIZE);
  u8[uv] = GCT.UPVAL;
  u32[(uv + UV_V) >> 2] = slot;
  link(uv);
  return uv;
}
