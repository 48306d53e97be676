// The Lua state: global state (G) and a thread's stack (L), frames, calls from TypeScript. (lj_state.c, lj_frame.h)
//
// Frames follow LuaJIT's two-slot layout (LJ_FR2, as the GC64 reference's bytecode assumes), with
// non-GC64 8-byte TValues. Below a frame's BASE: slot BASE-2 holds the function (a TValue), slot
// BASE-1 the frame link in its low word (its high word is kept nil so the slot never looks like an object):
//   Lua frame:   link = return PC as a byte address (PC*4); its low 2 bits are 0 (FRAME_LUA).
//                The caller's BASE is recovered from the CALL at PC-1: base - 2 - A.
//   other types: link = (delta in bytes to the previous frame's BASE) | type, type in the low 3 bits.
import { u8, u32, alloc, free } from './heap.js';
import { T } from './value.js';
import { LuaError } from './err.js';
import * as str from './str.js';
import * as tab from './tab.js';
import { FN_FFID, FN_PROTO, FN_PC, FN_ENV, FF, UV_V, UV_TV, UV_CLOSED, UV_NEXTOPEN, newOpenUpval, newCFunc } from './func.js';
import type { LProto } from './func.js';
import { MM, MMNAMES } from '../bytecode/bcdef.js';

export const enum Frame {
  LUA = 0, C = 1, CONT = 2, VARG = 3, LUAP = 4, CP = 5, PCALL = 6, PCALLH = 7,
  TYPE = 3, TYPEP = 7,
}

/** Slots a frame takes below its BASE: the function and the link. */
export const FRAME_SLOTS = 2;

/** Slots a C function may use above its arguments without checking (LUA_MINSTACK). */
export const LUA_MINSTACK = 20;
/** Maximum stack slots of a thread (LuaJIT's LJ_STACK_MAX). */
export const STACK_MAX = 65500;
/** Extra slots kept free above the limit for error handling. */
export const STACK_EXTRA = 5 + 2 * LUA_MINSTACK + 256;
/** Nested TypeScript-level calls (metamethods, library callbacks) before "C stack overflow". */
export const MAX_CCALLS = 200;
/** Loop edges / calls tick the hotcounts by these (lj_dispatch.h). */
export const HOTCOUNT_LOOP = 2;
export const HOTCOUNT_CALL = 1;
export const HOTCOUNT_SIZE = 64;

/** A library function: args in slots base..base+nargs-1; writes results from `base` and returns their count. */
export type CFunction = (L: LuaState, base: number, nargs: number) => number;

export interface CFuncInfo {
  fn: CFunction;
  name: string;
  /** LuaJIT implements this one in Lua (LJLIB_LUA): a missing argument reads as nil in messages. */
  luaArgs?: boolean;
}

/** Per-program global state. */
export class Global {
  protos: LProto[] = [];
  cfuncs: (CFuncInfo | undefined)[] = [];
  /** Interned metamethod name strings ("__index", ...), indexed by MM. */
  mmstr: number[] = [];
  /** Metatables for non-table types, indexed by ~itype (strings: ~T.STR = 4). */
  basemt: number[] = new Array(16).fill(0);
  registry = 0;
  /** The `next` builtin (ISNEXT specialises pairs loops on it). */
  nextFunc = 0;
  /** Output sink and buffer. */
  out: string[] = [];
  outLen = 0;
  write: ((s: string) => void) | undefined;
  /** The instruction clock and the budget it is checked against at loop edges and calls. */
  clock = 0;
  maxClock = Infinity;
  hotcount = new Int32Array(HOTCOUNT_SIZE);
  /** Scratch TValue slots in the heap (keys, temporaries of slow paths). */
  tmp = 0;
  mainThread!: LuaState;
  /** The global table (env of the main chunk and of loadstring'ed chunks). */
  globals = 0;
  /** Builtins that other code recognises by identity. */
  tostringFunc = 0;
  tostringName = 0;
  ipairsAux = 0;
  /** "not enough memory", interned up front: when the heap is full there is no room to make it. */
  errmem = 0;
  /** Coroutines by thread id, the running one, and how deeply resumes are nested. */
  threads: (LuaState | undefined)[] = [];
  /** Library function objects: always roots. */
  builtins: number[] = [];
  cur!: LuaState;
  resumeDepth = 0;
}

/** A thread: its stack and the registers a C function sees. */
export class LuaState {
  /** First slot of the stack; `stack + FRAME_SLOTS` is the BASE of the host's (outermost) C frame. */
  stack: number;
  /** Last usable slot + 1 for frames (STACK_MAX); slots up to stackEnd remain for error handling. */
  maxslot: number;
  stackEnd: number;
  /** BASE and TOP of the running C function (or of the last sync from the interpreter). */
  base: number;
  top: number;
  /** PC (word index) of the next instruction of the running Lua frame, at the last sync. */
  pc = 0;
  /** Open upvalues, highest slot first. */
  openupval = 0;
  ccalls = 0;
  /** BASE when the last error was thrown (for tracebacks after unwinding). */
  errbase = 0;
  errpc = 0;
  /** Coroutine state: status (CoStatus), whether it ran yet, its heap object, where a yield left its values. */
  status = 0;
  started = false;
  ref = 0;
  yieldBase = 0;
  yieldN = 0;
  /** Ran since the last collection (its stack above the live top may hold stale references). */
  dirty = true;

  /** Bytes of the stack block (it is reallocated when a coroutine's stack grows). */
  stackBytes: number;

  constructor(readonly g: Global, nslots: number) {
    this.stackBytes = (nslots + STACK_EXTRA) * 8;
    const p = alloc(this.stackBytes);
    this.stack = p >> 3;
    for (let s = this.stack; s < this.stack + nslots + STACK_EXTRA; s++) u32[(s << 1) + 1] = T.NIL;
    this.maxslot = this.stack + nslots;
    this.stackEnd = this.stack + nslots + STACK_EXTRA;
    this.base = this.stack + FRAME_SLOTS;
    this.top = this.base;
  }

  /**
   * Grow a coroutine's stack so that slot `need` fits, moving it to a bigger block (lj_state_growstack).
   * Returns how far the stack moved (in slots, either direction; add it to every slot index held), or null when it cannot
   * grow: the main thread is at its maximum already, and a coroutine with TypeScript frames of its own
   * on the JS stack (ccalls > 0) holds slot indices we cannot fix up. Frame links are PCs or deltas,
   * so only the open upvalues and the state's own registers need moving.
   */
  growStack(need: number): number | null {
    const used = this.maxslot - this.stack;
    if (this === this.g.mainThread || this.ccalls !== 0 || used >= STACK_MAX) return null;
    let nslots = used;
    while (this.stack + nslots <= need + LUA_MINSTACK && nslots < STACK_MAX) nslots *= 2;
    nslots = Math.min(nslots, STACK_MAX);
    if (this.stack + nslots <= need) return null;
    const oldStack = this.stack, oldEnd = this.stackEnd, oldBytes = this.stackBytes;
    this.stackBytes = (nslots + STACK_EXTRA) * 8;
    const p = alloc(this.stackBytes);
    const delta = (p >> 3) - oldStack;
    u32.copyWithin(p >> 2, oldStack << 1, oldEnd << 1);
    for (let s = (p >> 3) + (oldEnd - oldStack); s < (p >> 3) + nslots + STACK_EXTRA; s++) u32[(s << 1) + 1] = T.NIL;
    free(oldStack << 3, oldBytes);
    this.stack += delta;
    this.maxslot = this.stack + nslots;
    this.stackEnd = this.stack + nslots + STACK_EXTRA;
    this.base += delta;
    this.top += delta;
    for (let uv = this.openupval; uv !== 0; uv = u32[(uv + UV_NEXTOPEN) >> 2]) u32[(uv + UV_V) >> 2] += delta;
    return delta;
  }

  // -- Values to and from TypeScript ---------------------------------------------

  setStr(slot: number, s: string): void {
    const o = str.newStr(s);
    u32[slot << 1] = o;
    u32[(slot << 1) + 1] = T.STR;
  }

  // -- Errors --------------------------------------------------------------------

  /** Throw a Lua error whose value is the string `msg` (no position added). */
  throwStr(msg: string): never {
    const o = str.newStr(msg);
    throw new LuaError(T.STR, o, msg);
  }

  /** Throw `msg` prefixed with the position of the running Lua code ("t.lua:3: msg"), as lj_err_msg. */
  runError(msg: string): never {
    return this.throwStr(posPrefix(this, { base: this.base, pc: this.pc - 1 }) + msg);
  }

  /** Throw an error in the context of the Lua caller of the running C function (lj_err_callermsg). */
  callerError(msg: string): never {
    return this.throwStr(posPrefix(this, frameAtLevel(this, 1)) + msg);
  }

  // -- Upvalues --------------------------------------------------------------------

  findUpval(slot: number): number {
    let prev = 0;
    let uv = this.openupval;
    while (uv !== 0) {
      const v = u32[(uv + UV_V) >> 2];
      if (v === slot) return uv;
      if (v < slot) break;
      prev = uv;
      uv = u32[(uv + UV_NEXTOPEN) >> 2];
    }
    const n = newOpenUpval(slot);
    u32[(n + UV_NEXTOPEN) >> 2] = uv;
    if (prev === 0) this.openupval = n; else u32[(prev + UV_NEXTOPEN) >> 2] = n;
    return n;
  }

  /** Close all open upvalues at or above `level`. */
  closeUpvals(level: number): void {
    let uv = this.openupval;
    while (uv !== 0) {
      const v = u32[(uv + UV_V) >> 2];
      if (v < level) break;
      const tv = (uv + UV_TV) >> 3;
      u32[tv << 1] = u32[v << 1];
      u32[(tv << 1) + 1] = u32[(v << 1) + 1];
      u32[(uv + UV_V) >> 2] = tv;
      u8[uv + UV_CLOSED] = 1;
      uv = u32[(uv + UV_NEXTOPEN) >> 2];
    }
    this.openupval = uv;
  }
}

// -- Frame walking ------------------------------------------------------------------

/** Function object of the frame whose BASE is `base`. */
export const frameFunc = (base: number): number => u32[(base - 2) << 1];
export const frameLink = (base: number): number => u32[(base - 1) << 1];

/** Write a frame link into the slot below `base`. */
export function setFrameLink(base: number, link: number): void {
  u32[(base - 1) << 1] = link;
  u32[((base - 1) << 1) + 1] = T.NIL;
}

/** BASE of the frame below the one at `base`, or 0 at the bottom. */
export function framePrev(L: LuaState, base: number): number {
  const link = frameLink(base);
  if ((link & Frame.TYPE) === Frame.LUA) {
    const callIns = u32[(link >>> 2) - 1];
    return base - FRAME_SLOTS - ((callIns >>> 8) & 0xff);
  }
  const pb = base - ((link & ~Frame.TYPEP) >>> 3);
  return pb > L.stack + FRAME_SLOTS ? pb : 0;
}

export function protoOf(L: LuaState, fn: number): LProto | undefined {
  return u8[fn + FN_FFID] === FF.LUA ? L.g.protos[u32[(fn + FN_PROTO) >> 2]] : undefined;
}

export function lineAt(pt: LProto, pc: number): number {
  const i = pc - pt.pcBase;
  return i >= 0 && i < pt.lineinfo.length ? pt.lineinfo[i] : -1;
}

/** A frame and the PC (word index of its current instruction, -1 if unknown) it is stopped at. */
export interface FrameAt { base: number; pc: number }

/**
 * Step from the frame at `base` to the function that called it, skipping vararg pseudo-frames.
 * Returns null at the bottom of the stack.
 */
export function frameCaller(L: LuaState, base: number): FrameAt | null {
  while ((frameLink(base) & Frame.TYPEP) === Frame.VARG) base = framePrev(L, base);
  const link = frameLink(base);
  const pb = framePrev(L, base);
  if (pb === 0) return null;
  if ((link & Frame.TYPE) === Frame.LUA) return { base: pb, pc: (link >>> 2) - 1 };
  // A C frame entered from the interpreter keeps the caller's PC in the link slot's high word.
  const saved = u32[((base - 1) << 1) + 1];
  return { base: pb, pc: (link & Frame.TYPEP) === Frame.C && saved !== T.NIL && saved !== 0 ? saved - 1 : -1 };
}

/** Frame at call level `level` counted from the running C function at L.base (level 1 = its caller). */
export function frameAtLevel(L: LuaState, level: number): FrameAt | null {
  let f: FrameAt | null = { base: L.base, pc: -1 };
  for (let i = 0; i < level && f !== null; i++) f = frameCaller(L, f.base);
  return f;
}

/** "chunk:line: " for a Lua frame stopped at pc, or "" (C function, unknown pc). */
export function posPrefix(L: LuaState, f: FrameAt | null): string {
  if (f === null || f.pc < 0) return '';
  const pt = protoOf(L, frameFunc(f.base));
  if (pt === undefined) return '';
  return `${pt.shortSrc}:${lineAt(pt, f.pc)}: `;
}

// -- Metatables ------------------------------------------------------------------------

/** Metatable of the value in slot s (0 = none). */
export function metatableOf(L: LuaState, s: number): number {
  const tag = u32[(s << 1) + 1];
  if (tag === T.TAB) return u32[(u32[s << 1] + tab.TAB_MT) >> 2];
  if (tag === T.UDATA) return u32[(u32[s << 1] + 8) >> 2];
  return L.g.basemt[tag < T.ISNUM ? 13 : (~tag >>> 0)];
}

/** Slot of metamethod `mm` of the value in slot s, or -1. Uses the negative cache for fast mms. */
export function metaLookup(L: LuaState, s: number, mm: MM): number {
  const mt = metatableOf(L, s);
  if (mt === 0) return -1;
  return metaGet(L, mt, mm);
}

export function metaGet(L: LuaState, mt: number, mm: MM): number {
  if (mm <= MM.len && (u8[mt + tab.TAB_NOMM] & (1 << mm)) !== 0) return -1;
  const v = tab.getStr(mt, L.g.mmstr[mm]);
  if (v < 0 || u32[(v << 1) + 1] === T.NIL) {
    if (mm <= MM.len) u8[mt + tab.TAB_NOMM] |= 1 << mm;
    return -1;
  }
  return v;
}

// -- Global state set-up ------------------------------------------------------------

export function newGlobal(): Global {
  const g = new Global();
  g.tmp = (alloc(16 * 8) >> 3);
  tab.setScratchKey(g.tmp + 15);
  for (const name of MMNAMES) g.mmstr.push(str.newStr('__' + name));
  g.registry = tab.newTab(0, 2);
  g.errmem = str.newStr('not enough memory');
  return g;
}

/** Register a C function and make its function object (environment `env`). */
export function newCFunction(L: LuaState, name: string, fn: CFunction, ffid: number = FF.C, env = 0): number {
  const id = L.g.cfuncs.length;
  L.g.cfuncs.push({ fn, name });
  return newCFunc(id, ffid, env);
}

export const cfuncOf = (L: LuaState, f: number): CFuncInfo => L.g.cfuncs[u32[(f + FN_PC) >> 2]]!;
export const funcEnv = (f: number): number => u32[(f + FN_ENV) >> 2];

