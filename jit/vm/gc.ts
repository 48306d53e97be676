// Garbage collector: non-moving, stop-the-world mark and sweep over the VM's object list. (lj_gc.c)
//
// Collection happens only where LuaJIT's interpreter checks (lj_gc_check): the allocating bytecodes
// TNEW, TDUP, FNEW and CAT, after a library function that allocated returns, and collectgarbage().
// At those points every live value sits in a rooted place (stack slots below the live top, tables,
// upvalues, globals, prototype constants, G's scratch slots), and what a stack temporary keeps
// alive is what LuaJIT's keeps alive: the allocator itself never collects, so TypeScript code may
// hold fresh objects in locals until it returns or calls back into Lua.
//
// Pacing follows LuaJIT's defaults. Its incremental collector starts a cycle when `total` passes
// `threshold` (pause% of the live estimate) and, doing stepmul% of GCSTEPSIZE work per GCSTEPSIZE
// bytes allocated, reaches the atomic phase (where weak tables are cleared) after about
// live * 100/stepmul more bytes. We collect in one go at that point, so a weak entry dies after a
// similar amount of garbage as under `luajit -joff`. After marking, stack slots above each thread's
// live top are cleared, as LuaJIT's atomic phase does. Weak tables (__mode) drop entries whose weak
// key or value is an unmarked collectable object; strings count as values, not objects.
//
// Userdata with a __gc metamethod are finalized as LuaJIT does: when one is first found unreachable
// it is scheduled (newest first), marked again with everything it references (so weak entries to
// it stay), and its __gc runs after the collection, at the same check point; the next collection
// that finds it unreachable frees it. The finalizers run with hooks off and collection paused;
// an error in one propagates from the allocation that triggered the collection. Closing a run
// finalizes every userdata that is left (lua_close).
import { u8, u32 } from './heap.js';
import {
  T, GCT, GC_GCT, GC_MARKED, GC_NEXT, TAB_MT, TAB_ARRAY, TAB_ASIZE, TAB_NODE, TAB_HMASK, NODE_SIZE, NODE_KEY,
  NODE_VAL, TV_IT, FF, FN_FFID, FN_NUPV, FN_ENV, FN_CUPV, FN_UV, FN_PC, UV_TV, UV_V, UD_MT, UD_ENV, UD_LEN,
  UV_NEXTOPEN, TH_ID, TH_SIZE, G_GC_TOTAL, G_GC_THRESHOLD, G_GC_ESTIMATE, G_GC_PAUSE, G_GC_STEPMUL,
  G_TMPTV_COUNT, BASEMT_MAX, UV_SIZE, TAB_SIZE, luaFuncSize, udataSize, C_FUNC_SIZE, MMNAME_COUNT,
  UD_FINALIZED, G_HOOKMASK, HOOK, FRAME_SLOTS,
} from './obj.js';
import { MM } from '../bytecode/bcdef.js';
import * as tab from './tab.js';
import { CoStatus, type Global, type LuaState } from './state.js';
import { LuaError, ErrMsg } from './err.js';

/** The interpreter's call(), passed in by callers (the interpreter imports this module). */
export type CallFn = (L: LuaState, fslot: number, nargs: number, nres: number) => number;

const WEAK_K = 1, WEAK_V = 2;

/** LuaJIT's defaults (LUAI_GCPAUSE, LUAI_GCMUL), in percent. */
export const GC_PAUSE_DEFAULT = 200;
export const GC_STEPMUL_DEFAULT = 200;

/** Collection state of one VM; its counters machine code checks live in the G block. */
export class GCState {
  readonly gray: number[] = [];
  readonly weak: number[] = [];
  /** Automatic collection off (collectgarbage("stop")). */
  stopped = false;
  /** Completed collections (for tests). */
  cycles = 0;
  /** Userdata whose __gc is due, in the order they run (LuaJIT's mmudata list). */
  readonly mmudata: number[] = [];

  constructor(readonly g: Global) {
    this.pause = GC_PAUSE_DEFAULT;
    this.stepmul = GC_STEPMUL_DEFAULT;
  }

  private word(off: number): number { return (this.g.addr + off) >> 2; }
  get total(): number { return u32[this.word(G_GC_TOTAL)]; }
  get threshold(): number { return u32[this.word(G_GC_THRESHOLD)]; }
  set threshold(v: number) { u32[this.word(G_GC_THRESHOLD)] = Math.min(v, 0xffffffff); }
  get estimate(): number { return u32[this.word(G_GC_ESTIMATE)]; }
  set estimate(v: number) { u32[this.word(G_GC_ESTIMATE)] = v; }
  get pause(): number { return u32[this.word(G_GC_PAUSE)]; }
  set pause(v: number) { u32[this.word(G_GC_PAUSE)] = v; }
  get stepmul(): number { return u32[this.word(G_GC_STEPMUL)]; }
  set stepmul(v: number) { u32[this.word(G_GC_STEPMUL)] = v; }

  /** Set the threshold from the live estimate: the point LuaJIT's next cycle would reach its atomic phase. */
  pace(): void {
    if (this.stopped) { this.threshold = 0xffffffff; return; }
    const est = this.estimate;
    const lag = this.stepmul > 0 ? Math.floor(est * 100 / this.stepmul) : 0;
    const byPause = Math.floor(est / 100) * this.pause + lag;
    // Collect before the heap limit is reached, so memory freed by garbage is found in time; when
    // the live data is already near the limit, after half the headroom left (not at every check).
    const limit = this.g.mem.limit;
    const nearLimit = Math.max(Math.floor(limit * LIMIT_FRACTION), est + Math.floor((limit - est) / 2));
    this.threshold = Math.min(byPause, nearLimit);
  }
}

const LIMIT_FRACTION = 7 / 8;

// -- Marking -------------------------------------------------------------------

/** Mark the object referenced by TValue slot s, if it holds a collectable object. */
function markSlot(gs: GCState, s: number): void {
  const tag = u32[(s << 1) + 1];
  if (tag === T.STR) {
    u8[u32[s << 1] + GC_MARKED] = 1; // strings hold no references
  } else if (tag === T.TAB || tag === T.FUNC || tag === T.UDATA || tag === T.THREAD || tag === T.UPVAL) {
    markObj(gs, u32[s << 1]);
  }
}

function markString(gs: GCState, s: number): void {
  void gs;
  if (u32[(s << 1) + 1] === T.STR) u8[u32[s << 1] + GC_MARKED] = 1;
}

function markObj(gs: GCState, o: number): void {
  if (o === 0 || u8[o + GC_MARKED] !== 0) return;
  u8[o + GC_MARKED] = 1;
  if (u8[o] !== GCT.STR) gs.gray.push(o);
}

const isMarked = (o: number): boolean => u8[o + GC_MARKED] !== 0;

function weakMode(g: Global, mt: number): number {
  const v = tab.getStr(mt, g.mmname(MM.mode));
  if (v < 0 || u32[(v << 1) + 1] !== T.STR) return 0;
  const m = g.strs.text(u32[v << 1]);
  return (m.includes('k') ? WEAK_K : 0) | (m.includes('v') ? WEAK_V : 0);
}

function traverseTable(gs: GCState, t: number): void {
  const mt = u32[(t + TAB_MT) >> 2];
  if (mt !== 0) markObj(gs, mt);
  const mode = mt !== 0 ? weakMode(gs.g, mt) : 0;
  if (mode !== 0) gs.weak.push(t);
  // Weak parts keep their strings alive: strings are values, never cleared from weak tables.
  const markV = (mode & WEAK_V) === 0 ? markSlot : markString;
  const markK = (mode & WEAK_K) === 0 ? markSlot : markString;
  const a = u32[(t + TAB_ARRAY) >> 2] >> 3;
  const asize = u32[(t + TAB_ASIZE) >> 2];
  for (let i = 0; i < asize; i++) markV(gs, a + i);
  const node = u32[(t + TAB_NODE) >> 2];
  if (node === gs.g.nilnode) return;
  const hmask = u32[(t + TAB_HMASK) >> 2];
  for (let i = 0; i <= hmask; i++) {
    const n = node + i * NODE_SIZE;
    if (u32[(n + NODE_VAL + TV_IT) >> 2] === T.NIL) continue;
    markK(gs, (n + NODE_KEY) >> 3);
    markV(gs, (n + NODE_VAL) >> 3);
  }
}

/** Live top of a thread that is not the running one. */
function threadTop(L: LuaState): number {
  if (L.status === CoStatus.SUSPENDED && L.started) return L.yieldBase + L.yieldN;
  return L.top;
}

function scanStack(gs: GCState, L: LuaState, top: number): void {
  for (let s = L.stack; s < top; s++) markSlot(gs, s);
  for (let uv = L.openupval; uv !== 0; uv = u32[(uv + UV_NEXTOPEN) >> 2]) markObj(gs, uv);
}

function propagate(gs: GCState): void {
  const g = gs.g;
  while (gs.gray.length > 0) {
    const o = gs.gray.pop()!;
    switch (u8[o]) {
      case GCT.TAB: traverseTable(gs, o); break;
      case GCT.FUNC: {
        markObj(gs, u32[(o + FN_ENV) >> 2]);
        if (u8[o + FN_FFID] === FF.LUA) {
          const n = u8[o + FN_NUPV];
          for (let i = 0; i < n; i++) markObj(gs, u32[(o + FN_UV + 4 * i) >> 2]);
        } else {
          markObj(gs, u32[(o + FN_CUPV) >> 2]);
        }
        break;
      }
      case GCT.UPVAL:
        markSlot(gs, u32[(o + UV_V) >> 2]);
        markSlot(gs, (o + UV_TV) >> 3);
        break;
      case GCT.UDATA:
        markObj(gs, u32[(o + UD_MT) >> 2]);
        markObj(gs, u32[(o + UD_ENV) >> 2]);
        break;
      case GCT.THREAD: {
        // The running thread and those inside resume() were scanned as roots.
        const L = g.threads[u32[(o + TH_ID) >> 2]];
        if (L !== undefined && L !== g.cur && L.status !== CoStatus.NORMAL && L.status !== CoStatus.DEAD) {
          scanStack(gs, L, threadTop(L));
        }
        break;
      }
      default:
        break;
    }
  }
}

function markRoots(gs: GCState, runningTop: number): void {
  const g = gs.g;
  markObj(gs, g.globals);
  markObj(gs, g.registry);
  markObj(gs, g.errmem);
  for (let i = 0; i < BASEMT_MAX; i++) markObj(gs, g.basemt(i));
  for (let i = 0; i < MMNAME_COUNT; i++) markObj(gs, g.mmname(i));
  for (const f of g.builtins) markObj(gs, f);
  for (const pt of g.protos) {
    for (let i = 0; i < pt.kgc.length; i++) {
      const k = pt.kgc[i];
      if (typeof k === 'string' || (k as { kind?: string }).kind === 'table') markObj(gs, pt.kref[i]);
    }
  }
  for (let s = g.tmp; s < g.tmp + G_TMPTV_COUNT; s++) markSlot(gs, s);
  // The running thread up to its live top; the main thread and threads inside resume() up to theirs.
  const cur = g.cur;
  scanStack(gs, cur, runningTop);
  markObj(gs, cur.th);
  for (const L of g.threads) {
    if (L === undefined || L === cur) continue;
    if (L === g.mainThread || L.status === CoStatus.NORMAL) {
      scanStack(gs, L, threadTop(L));
      markObj(gs, L.th);
    }
  }
}

// -- Clearing and sweeping ------------------------------------------------------------

/** Is the value in slot s a collectable object (not a string) that is unmarked? */
function deadRef(s: number): boolean {
  const tag = u32[(s << 1) + 1];
  return (tag === T.TAB || tag === T.FUNC || tag === T.UDATA || tag === T.THREAD) && u8[u32[s << 1] + GC_MARKED] === 0;
}

function clearWeak(gs: GCState): void {
  for (const t of gs.weak) {
    const a = u32[(t + TAB_ARRAY) >> 2] >> 3;
    const asize = u32[(t + TAB_ASIZE) >> 2];
    for (let i = 0; i < asize; i++) if (deadRef(a + i)) u32[((a + i) << 1) + 1] = T.NIL;
    const node = u32[(t + TAB_NODE) >> 2];
    if (node === gs.g.nilnode) continue;
    const hmask = u32[(t + TAB_HMASK) >> 2];
    for (let i = 0; i <= hmask; i++) {
      const n = node + i * NODE_SIZE;
      if (u32[(n + NODE_VAL + TV_IT) >> 2] === T.NIL) continue;
      // The key stays behind as a dead key, as in LuaJIT.
      if (deadRef((n + NODE_VAL) >> 3) || deadRef((n + NODE_KEY) >> 3)) u32[(n + NODE_VAL + TV_IT) >> 2] = T.NIL;
    }
  }
  gs.weak.length = 0;
}

/** Clear stack slots above each thread's live top, so a dead frame's value is never scanned again. */
function clearStacks(gs: GCState, runningTop: number): void {
  const g = gs.g;
  for (const L of g.threads) {
    if (L === undefined) continue;
    if (L !== g.mainThread && !isMarked(L.th)) continue; // about to be freed
    if (!L.dirty && L !== g.cur) continue;
    const top = L === g.cur ? runningTop : threadTop(L);
    for (let s = top; s < L.stackEnd; s++) u32[(s << 1) + 1] = T.NIL;
    L.dirty = L === g.cur;
  }
}

function freeObject(g: Global, o: number): void {
  switch (u8[o]) {
    case GCT.STR: g.mem.free(o, g.strs.remove(o)); break;
    case GCT.TAB: tab.freeParts(g, o); g.mem.free(o, TAB_SIZE); break;
    case GCT.FUNC:
      if (u8[o + FN_FFID] === FF.LUA) g.mem.free(o, luaFuncSize(u8[o + FN_NUPV]));
      else {
        const id = u32[(o + FN_PC) >> 2];
        g.cfuncs[id] = undefined; g.cfuncFree.push(id);
        g.mem.free(o, C_FUNC_SIZE);
      }
      break;
    case GCT.UPVAL: g.mem.free(o, UV_SIZE); break;
    case GCT.UDATA: g.mem.free(o, udataSize(u32[(o + UD_LEN) >> 2])); break;
    case GCT.THREAD: {
      const id = u32[(o + TH_ID) >> 2];
      const L = g.threads[id];
      if (L !== undefined) g.mem.free(L.stack << 3, L.stackBytes);
      g.threads[id] = undefined;
      g.mem.free(o, TH_SIZE);
      break;
    }
    default: break;
  }
}

function sweep(g: Global): void {
  let prev = 0;
  let o = g.objRoot;
  while (o !== 0) {
    const next = u32[(o + GC_NEXT) >> 2];
    if (u8[o + GC_MARKED] !== 0) {
      u8[o + GC_MARKED] = 0;
      prev = o;
    } else {
      if (prev === 0) g.objRoot = next; else u32[(prev + GC_NEXT) >> 2] = next;
      freeObject(g, o);
    }
    o = next;
  }
}

// -- Entry points ----------------------------------------------------------------------

/** A full collection (lj_gc_fullgc). `runningTop` is the live top of the running thread's stack. */
export function fullGC(g: Global, runningTop: number): void {
  const gs = g.gc;
  markRoots(gs, runningTop);
  propagate(gs);
  separateUdata(gs, false);
  for (const o of gs.mmudata) markObj(gs, o);
  propagate(gs);
  clearWeak(gs);
  clearStacks(gs, runningTop);
  sweep(g);
  gs.cycles++;
  gs.estimate = gs.total;
  gs.pace();
}

// -- Finalizers ------------------------------------------------------------------------

/** The __gc metamethod slot of userdata o's metatable, or -1. */
function gcMeta(g: Global, o: number): number {
  const mt = u32[(o + UD_MT) >> 2];
  if (mt === 0) return -1;
  const s = tab.getStr(mt, g.mmname(MM.gc));
  return s >= 0 && u32[(s << 1) + 1] !== T.NIL ? s : -1;
}

/**
 * Schedule the unmarked (or, with `all`, every) userdata not yet seen for finalization: those with
 * __gc join mmudata, newest first as the object list runs (lj_gc_separateudata).
 */
function separateUdata(gs: GCState, all: boolean): void {
  const g = gs.g;
  for (let o = g.objRoot; o !== 0; o = u32[(o + GC_NEXT) >> 2]) {
    if (u8[o + GC_GCT] !== GCT.UDATA || u8[o + UD_FINALIZED] !== 0 || (!all && isMarked(o))) continue;
    u8[o + UD_FINALIZED] = 1;
    if (gcMeta(g, o) >= 0) gs.mmudata.push(o);
  }
}

/**
 * Run the due finalizers, each as __gc(o) called at slot `top` of the running thread, with hooks
 * and automatic collection off while it runs (gc_finalize, gc_call_finalizer). An error propagates;
 * finalizers still due stay scheduled. `callFn` is the interpreter's call (it imports this module).
 */
export function runFinalizers(L: LuaState, top: number, callFn: CallFn): void {
  const g = L.g, gs = g.gc;
  const hw = (g.addr + G_HOOKMASK) >> 2;
  while (gs.mmudata.length > 0) {
    const o = gs.mmudata.shift()!;
    const mo = gcMeta(g, o);
    if (mo < 0) continue; // __gc removed since it was scheduled
    const at = Math.max(top, L.top);
    if (!L.checkStack(at + 3 + FRAME_SLOTS)) L.throwStr(ErrMsg.STKOV);
    u32[at << 1] = u32[mo << 1]; u32[(at << 1) + 1] = u32[(mo << 1) + 1];
    u32[(at + FRAME_SLOTS) << 1] = o; u32[((at + FRAME_SLOTS) << 1) + 1] = T.UDATA;
    const oldHooks = u32[hw], oldThreshold = gs.threshold, oldTop = L.top;
    u32[hw] = oldHooks | HOOK.ACTIVE;
    gs.threshold = 0xffffffff;
    L.top = at + FRAME_SLOTS + 1;
    try {
      callFn(L, at, 1, 0);
    } finally {
      u32[hw] = (u32[hw] & ~HOOK.ACTIVE) | (oldHooks & HOOK.ACTIVE);
      gs.threshold = oldThreshold;
      L.top = oldTop;
    }
  }
}

/**
 * At the end of a run (lua_close): finalize every userdata with __gc not finalized yet, newest
 * first; an error in one finalizer is dropped and the rest still run (cpfinalize).
 */
export function finalizeAll(L: LuaState, callFn: CallFn): void {
  const gs = L.g.gc;
  separateUdata(gs, true);
  while (gs.mmudata.length > 0) {
    try {
      runFinalizers(L, L.top, callFn);
    } catch (e) {
      if (!(e instanceof LuaError)) throw e;
    }
  }
}

/** lj_gc_check: collect if the threshold has been reached (and collection is not stopped). */
export function check(g: Global, runningTop: number): void {
  if (u32[(g.addr + G_GC_TOTAL) >> 2] >= u32[(g.addr + G_GC_THRESHOLD) >> 2]) fullGC(g, runningTop);
}

/** Pace the first cycle as if one had just ended with everything allocated so far live (a VM has just opened its libraries). */
export function startPacing(g: Global): void {
  g.gc.estimate = g.gc.total;
  g.gc.pace();
}

/** collectgarbage("stop"/"restart"). */
export function setStopped(g: Global, stopped: boolean): void {
  g.gc.stopped = stopped;
  g.gc.pace();
}

/** Word indices of G's GC counters, for the interpreter's inline check. */
export const gcTotalWord = (g: Global): number => (g.addr + G_GC_TOTAL) >> 2;
export const gcThresholdWord = (g: Global): number => (g.addr + G_GC_THRESHOLD) >> 2;
