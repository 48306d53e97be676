// Hot counters: LuaJIT's 64 16-bit counters in G, hashed by bytecode address, and their steps. (lj_dispatch.c/h)
//
// The interpreter PC is already past the bytecode that ticks (as LuaJIT's), so a loop's counter is
// the one of the word after its FORL/ITERL/ITERN/LOOP, a function's the one after its FUNCF.
// Counters start at hotloop*HOTCOUNT_LOOP-1; a step below zero is a hot event (trace.hot), which
// restarts the counter at hotloop*HOTCOUNT_LOOP. Collisions are not resolved, as in LuaJIT.
import { u16 } from './heap.js';
import { G_HOTCOUNT, HOTCOUNT_SIZE } from './obj.js';

/** Loop edges (FORL, ITERL, ITERN, LOOP) step by this; function entries (FUNCF) by HOTCOUNT_CALL. */
export const HOTCOUNT_LOOP = 2;
export const HOTCOUNT_CALL = 1;
/** Mask of the hash: the counter of interpreter PC `pc` (a word index) is number pc & HOTCOUNT_MASK. */
export const HOTCOUNT_MASK = HOTCOUNT_SIZE - 1;

/** u16 index of G's first hot counter. */
export const hotcountBase = (gAddr: number): number => (gAddr + G_HOTCOUNT) >> 1;

/** The 64 counters of the G block at `gAddr` as a typed array of their own (the interpreter's view). */
export const hotcountView = (gAddr: number): Uint16Array => new Uint16Array(u16.buffer, gAddr + G_HOTCOUNT, HOTCOUNT_SIZE);

/** Set every counter to its start value (lj_dispatch_init_hotcount): at start-up, when hotloop is set, on JIT off -> on. */
export function initHotcount(gAddr: number, hotloop: number): void {
  const b = hotcountBase(gAddr);
  u16.fill((hotloop * HOTCOUNT_LOOP - 1) & 0xffff, b, b + HOTCOUNT_SIZE);
}

/** Set the counter of interpreter PC `pc` (hotcount_set). */
export function hotcountSet(gAddr: number, pc: number, v: number): void {
  u16[hotcountBase(gAddr) + (pc & HOTCOUNT_MASK)] = v & 0xffff;
}

/** The counter of interpreter PC `pc` (hotcount_get). */
export const hotcountGet = (gAddr: number, pc: number): number => u16[hotcountBase(gAddr) + (pc & HOTCOUNT_MASK)];
