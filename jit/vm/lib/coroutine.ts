// The coroutine library: threads with their own heap stacks, resumed by re-entering the interpreter
// and suspended by returning out of it at a yield. (lib_base.c coroutine_*, lj_state.c)
//
// A yield is only possible from the interpreter loop that resume() entered directly (no TypeScript
// frame of a metamethod or library callback in between): execute() then returns YIELDED and the
// yield's C frame stays on the coroutine's stack. The next resume() stores its arguments as that
// frame's results and re-enters execute() there, which returns them to the caller of yield.
import { u8, u32 } from '../heap.js';
import { T, FF, FN_FFID, FN_CUPV, TH_ID } from '../obj.js';
import { copyTV } from '../value.js';
import { LuaState, CoStatus, newCFunction, setFrameLink, Frame, FRAME_SLOTS } from '../state.js';
import { execute, call, YIELDED, toLuaError } from '../interp.js';
import { LuaError, BudgetExceeded, ErrMsg } from '../err.js';
import * as aux from './aux.js';
import { register, setGlobal, type LibFunc } from './base.js';
import { Fault } from '../fault.js';

/** Initial stack slots of a coroutine: it grows up to STACK_MAX (the main thread starts there). */
export const CO_STACK_SLOTS = 1024;
/** Nested resumes before "C stack overflow" (each is a TypeScript-level recursion). */
const MAX_RESUME_DEPTH = 180;

function newThread(L: LuaState, fn: number): number {
  const co = LuaState.create(L.g, CO_STACK_SLOTS) ?? L.errMem();
  co.status = CoStatus.SUSPENDED;
  const fslot = co.base;
  u32[fslot << 1] = fn; u32[(fslot << 1) + 1] = T.FUNC;
  co.top = fslot + FRAME_SLOTS;
  return co.th;
}

export const threadOf = (L: LuaState, o: number): LuaState => L.g.threads[u32[(o + TH_ID) >> 2]]!;

function checkThread(L: LuaState, base: number, nargs: number): LuaState {
  if (aux.argTag(base, nargs, 1) !== T.THREAD) aux.argError(L, 1, 'coroutine expected');
  return threadOf(L, u32[base << 1]);
}

/**
 * Resume `co` with n values taken from L's slots src..; on return the results are in co's stack at
 * the returned slot. Throws a LuaError (with co now dead) if the coroutine raised one.
 */
function resumeCo(L: LuaState, co: LuaState, src: number, n: number): { at: number; n: number } {
  const g = L.g;
  if (g.resumeDepth >= MAX_RESUME_DEPTH) L.callerError(ErrMsg.CSTKOV);
  const prev = g.cur;
  co.status = CoStatus.RUNNING;
  co.dirty = true;
  L.status = CoStatus.NORMAL;
  g.setCurrent(co);
  g.resumeDepth++;
  try {
    let r: number;
    let at: number;
    if (!co.started) {
      co.started = true;
      if (co.stack + 2 * FRAME_SLOTS + n >= co.maxslot && co.growStack(co.stack + 2 * FRAME_SLOTS + n) === null) {
        L.callerError(ErrMsg.STKOV);
      }
      const fslot = co.stack + FRAME_SLOTS;
      for (let i = 0; i < n; i++) copyTV(fslot + FRAME_SLOTS + i, src + i);
      setFrameLink(fslot + FRAME_SLOTS, ((FRAME_SLOTS << 3) | Frame.C) >>> 0);
      const fn = u32[fslot << 1];
      r = u8[fn + FN_FFID] === FF.LUA ? execute(co, fslot, n) : call(co, fslot, n, -1);
      at = co.stack + FRAME_SLOTS; // the stack may have moved while it ran
    } else {
      if (co.yieldBase + n >= co.maxslot) {
        const d = co.growStack(co.yieldBase + n);
        if (d === null) L.callerError(ErrMsg.STKOV);
        co.yieldBase += d;
      }
      const yb = co.yieldBase;
      for (let i = 0; i < n; i++) copyTV(yb + i, src + i);
      r = execute(co, 0, n, yb);
      at = co.stack + FRAME_SLOTS;
    }
    if (r === YIELDED) {
      co.status = CoStatus.SUSPENDED;
      return { at: co.yieldBase, n: co.yieldN };
    }
    co.status = CoStatus.DEAD;
    return { at, n: r };
  } catch (e) {
    if (e instanceof BudgetExceeded) throw e;
    co.status = CoStatus.DEAD;
    throw toLuaError(co, e);
  } finally {
    g.resumeDepth--;
    g.setCurrent(prev);
    L.status = CoStatus.RUNNING;
    L.dirty = true; // it runs on: slots above its current top may hold stale references again
  }
}

function cannotResume(co: LuaState): string | null {
  if (co.status === CoStatus.DEAD) return 'cannot resume dead coroutine';
  if (co.status !== CoStatus.SUSPENDED) return 'cannot resume running coroutine';
  return null;
}

const lib: Record<string, LibFunc> = {
  create(L, base, nargs) {
    if (aux.argTag(base, nargs, 1) !== T.FUNC) aux.typeError(L, base, nargs, 1, 'function');
    const o = newThread(L, u32[base << 1]);
    u32[base << 1] = o; u32[(base << 1) + 1] = T.THREAD;
    return 1;
  },
  resume(L, base, nargs) {
    const co = checkThread(L, base, nargs);
    const why = cannotResume(co);
    if (why !== null) {
      u32[(base << 1) + 1] = T.FALSE;
      L.setStr(base + 1, why);
      return 2;
    }
    try {
      const r = resumeCo(L, co, base + 1, nargs - 1);
      if (!L.checkStack(base + 1 + r.n)) L.callerError('too many results to resume');
      u32[(base << 1) + 1] = T.TRUE;
      for (let i = 0; i < r.n; i++) copyTV(base + 1 + i, r.at + i);
      return r.n + 1;
    } catch (e) {
      if (!(e instanceof LuaError)) throw e;
      u32[(base << 1) + 1] = T.FALSE;
      u32[(base + 1) << 1] = e.lo; u32[((base + 1) << 1) + 1] = e.hi;
      return 2;
    }
  },
  yield(L) {
    // Reached only from TypeScript (the interpreter suspends yields it sees itself).
    return L.callerError(ErrMsg.CYIELD);
  },
  status(L, base, nargs) {
    const co = checkThread(L, base, nargs);
    // Fault.CO_STATUS_NORMAL (planted, tests only): a resumer counts as running.
    const normal = (L.g.faults & Fault.CO_STATUS_NORMAL) !== 0 ? 'running' : 'normal';
    const s = co === L ? 'running' : ['suspended', 'running', normal, 'dead'][co.status];
    L.setStr(base, s);
    return 1;
  },
  running(L, base) {
    if (L === L.g.mainThread) u32[(base << 1) + 1] = T.NIL;
    else { u32[base << 1] = L.th; u32[(base << 1) + 1] = T.THREAD; }
    return 1;
  },
  isyieldable(L, base) {
    u32[(base << 1) + 1] = L !== L.g.mainThread && L.ccalls === 0 ? T.TRUE : T.FALSE;
    return 1;
  },
  wrap(L, base, nargs) {
    if (aux.argTag(base, nargs, 1) !== T.FUNC) aux.typeError(L, base, nargs, 1, 'function');
    const o = newThread(L, u32[base << 1]);
    let co = threadOf(L, o);
    const f = newCFunction(L, 'wrap_aux', (L2, b2, n2) => {
      const why = cannotResume(co);
      if (why !== null) L2.callerError(why);
      try {
        const r = resumeCo(L2, co, b2, n2);
        if (!L2.checkStack(b2 + r.n)) L2.callerError('too many results to resume');
        for (let i = 0; i < r.n; i++) copyTV(b2 + i, r.at + i);
        return r.n;
      } catch (e) {
        if (e instanceof LuaError && e.hi === T.STR) L2.callerError(L2.g.strs.text(e.lo));
        throw e;
      }
    }, FF.C, 0, {
      // LuaJIT's wrap_aux has its coroutine as C upvalue 1.
      get(_n, dst) { u32[dst << 1] = u32[(f + FN_CUPV) >> 2]; u32[(dst << 1) + 1] = T.THREAD; },
      set(_n, src) {
        if (u32[(src << 1) + 1] !== T.THREAD) return;
        u32[(f + FN_CUPV) >> 2] = u32[src << 1]; co = threadOf(L, u32[src << 1]);
      },
    });
    u32[(f + FN_CUPV) >> 2] = o; // the wrapper keeps its coroutine alive
    u32[base << 1] = f; u32[(base << 1) + 1] = T.FUNC;
    return 1;
  },
};

export function openCoroutine(L: LuaState): void {
  const t = L.newTab(0, 3);
  register(L, t, lib, { yield: FF.coroutine_yield });
  setGlobal(L, 'coroutine', t);
}
