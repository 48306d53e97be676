// Closures, upvalues and loaded prototypes. (lj_func.c)
// Constructors return 0 when the heap is full; the caller raises "not enough memory".
import { u8, u32 } from './heap.js';
import { GCT, FF, FN_FFID, FN_NUPV, FN_ENV, FN_PC, FN_PROTO, UV_V, UV_SIZE, luaFuncSize, C_FUNC_SIZE } from './obj.js';
import type { Proto } from '../bytecode/proto.js';
import type { Global } from './state.js';

/** A prototype loaded into the heap: its GCproto with the bytecode, constants resolved to heap refs. */
export interface LProto extends Proto {
  id: number;
  /** The GCproto object (bytecode follows its header). */
  obj: number;
  /** Word index of bc[0] in the heap (a PC is a word index; frame links store PC*4). */
  pcBase: number;
  /** kgc resolved: strings and template tables as heap refs, child prototypes as proto ids. */
  kref: Int32Array;
  /** knum as a typed array, so every prototype's constants have the same shape for V8. */
  knumf: Float64Array;
  /** Short chunk name for messages ("t.lua", "stdin", [string "..."]). */
  shortSrc: string;
}

/** A new Lua closure of proto `pt` with `nuv` upvalue slots (filled by the caller), or 0. */
export function newLFunc(g: Global, pt: LProto, env: number): number {
  const nuv = pt.uv.length;
  const f = g.newObj(luaFuncSize(nuv), GCT.FUNC);
  if (f === 0) return 0;
  u8[f + FN_FFID] = FF.LUA;
  u8[f + FN_NUPV] = nuv;
  u32[(f + FN_ENV) >> 2] = env;
  u32[(f + FN_PC) >> 2] = pt.pcBase;
  u32[(f + FN_PROTO) >> 2] = pt.id;
  return f;
}

/** A new C function object bound to C-function table index `id`, or 0. */
export function newCFunc(g: Global, id: number, ffid: number, env: number): number {
  const f = g.newObj(C_FUNC_SIZE, GCT.FUNC);
  if (f === 0) return 0;
  u8[f + FN_FFID] = ffid;
  u32[(f + FN_ENV) >> 2] = env;
  u32[(f + FN_PC) >> 2] = id;
  return f;
}

/** A new open upvalue pointing at stack slot `slot`, or 0. */
export function newOpenUpval(g: Global, slot: number): number {
  const uv = g.newObj(UV_SIZE, GCT.UPVAL);
  if (uv === 0) return 0;
  u32[(uv + UV_V) >> 2] = slot;
  return uv;
}

export const isLuaFunc = (f: number): boolean => u8[f + FN_FFID] === FF.LUA;
export const funcEnv = (f: number): number => u32[(f + FN_ENV) >> 2];
/** The C function table index of a C function object. */
export const cfuncId = (f: number): number => u32[(f + FN_PC) >> 2];
