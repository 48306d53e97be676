// The JIT compiler state J: on/off, optimisation flags and parameters in the heap's J block, trace
// state, and the hooks that report JIT events to the harness and to -jv. (lj_jit.h jit_State)
import { u32, i32 } from '../vm/heap.js';
import { J_OFS, J_STATE, J_FLAGS, J_PARAM, J_PARAM_COUNT } from '../vm/obj.js';
import { initHotcount } from '../vm/dispatch.js';
import { JIT_FLAGS, JIT_PARAMS, defaultOptState, type JitOptState } from '../params.js';

/** Trace compiler states (lj_jit.h TraceState). */
export const enum TraceState { IDLE = 0, ACTIVE = 0x10, RECORD = 0x11, START = 0x12, END = 0x13, ASM = 0x14, ERR = 0x15 }

/** Bit of J_FLAGS that says the JIT is on (JIT_F_ON); flag i of JIT_FLAGS is bit FLAG_SHIFT+i. */
const F_ON = 1;
const FLAG_SHIFT = 1;

/** Where a hot counter ran out: a loop edge or a function entry. */
export type HotKind = 'loop' | 'call';

/** What a hot event reports to its listener: the PC of the bytecode that became hot. */
export interface HotEvent { pc: number; kind: HotKind }

/** The TypeScript side of J; the state machine code reads lives in the J block at `addr`. */
export class JitState {
  /** Called on every hot event (tests, -jv); undefined: nobody listens. */
  onHot: ((e: HotEvent) => void) | undefined;

  constructor(readonly addr: number) {
    if (JIT_PARAMS.length > J_PARAM_COUNT || JIT_FLAGS.length + FLAG_SHIFT > 32) {
      throw new Error('jit: the J block has no room for every parameter and flag of params.ts');
    }
    this.setOpt(defaultOptState());
    this.on = true;
    this.state = TraceState.IDLE;
  }

  get on(): boolean { return (u32[(this.addr + J_FLAGS) >> 2] & F_ON) !== 0; }
  set on(v: boolean) {
    const w = (this.addr + J_FLAGS) >> 2;
    u32[w] = v ? (u32[w] | F_ON) >>> 0 : (u32[w] & ~F_ON) >>> 0;
  }

  /**
   * Switch the compiler on or off (jit.on/jit.off): as lj_dispatch_update, a switch from off to on
   * restarts every hot counter, so code that ran while the compiler was off is not hot at once.
   */
  switchOn(on: boolean): void {
    const was = this.on;
    this.on = on;
    if (on && !was) this.resetHotcounts();
  }

  /** Restart every hot counter from the current hotloop (lj_dispatch_init_hotcount). */
  resetHotcounts(): void {
    initHotcount(this.addr - J_OFS, this.param('hotloop'));
  }

  get state(): TraceState { return u32[(this.addr + J_STATE) >> 2]; }
  set state(s: TraceState) { u32[(this.addr + J_STATE) >> 2] = s; }

  /** The value of JIT parameter `name` (a JIT_PARAMS name). */
  param(name: string): number { return i32[((this.addr + J_PARAM) >> 2) + paramIndex(name)]; }

  /** The flags and parameters now in force, as params.ts works on them. */
  getOpt(): JitOptState {
    const flagWord = u32[(this.addr + J_FLAGS) >> 2];
    const flags: Record<string, boolean> = {};
    JIT_FLAGS.forEach((d, i) => { flags[d.name] = (flagWord & (1 << (FLAG_SHIFT + i))) !== 0; });
    const params: Record<string, number> = {};
    JIT_PARAMS.forEach((d, i) => { params[d.name] = i32[((this.addr + J_PARAM) >> 2) + i]; });
    return { flags, params };
  }

  /** Store flags and parameters (the on bit is kept). */
  setOpt(o: JitOptState): void {
    const w = (this.addr + J_FLAGS) >> 2;
    let flagWord = u32[w] & F_ON;
    JIT_FLAGS.forEach((d, i) => { if (o.flags[d.name]) flagWord |= 1 << (FLAG_SHIFT + i); });
    u32[w] = flagWord >>> 0;
    JIT_PARAMS.forEach((d, i) => { i32[((this.addr + J_PARAM) >> 2) + i] = o.params[d.name] | 0; });
  }
}

function paramIndex(name: string): number {
  const i = JIT_PARAMS.findIndex((d) => d.name === name);
  if (i < 0) throw new Error(`jit: no parameter '${name}'`);
  return i;
}
