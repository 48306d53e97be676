// Garbage collector: non-moving, stop-the-world mark and sweep over the heap's object list. (lj_gc.c)
//
// Every GC object is linked through its nextgc word (+4) from `root`. Collection runs only at safe
// points: the interpreter checks `gcFlag` at loop edges, function entries and allocating bytecodes,
// where every live value sits in a rooted place (stack slots below the running frame's top, tables,
// upvalues, globals, prototype constants, the scratch slots). TypeScript code never holds the only
// reference to an object across a call back into Lua, so nothing it holds can be swept.
// After marking, stack slots above each thread's live top are cleared, so a stale reference from a
// dead frame can never be scanned by a later collection. Weak tables (__mode) drop entries whose
// weak key or value is an unmarked collectable object; strings count as values, not objects.
import { u8, u32, bytesInUse, gcFlag, heapLimitBytes } from './heap.js';
import { T, GCT } from './value.js';

/** Offset of the nextgc link and of the mark byte in every GC object header. */
export const GC_NEXT = 4;
const GC_MARK = 1;

let root = 0;

/** Link a freshly allocated object into the list of all objects. */
export function link(o: number): void {
  u32[(o + GC_NEXT) >> 2] = root;
  root = o;
}

export function resetGC(): void { root = 0; }

/** What the collector needs to know about the VM, supplied by state.ts (avoids an import cycle). */
export interface GCHost {
  /** Mark roots: call markSlot/markObj for everything reachable from outside the heap graph. */
  markRoots(runningTop: number): void;
  /** Traverse a thread object (its stack and open upvalues). */
  traverseThread(o: number): void;
  /** Clear stacks above their live tops after marking. */
  clearStacks(runningTop: number): void;
  /** Free a dead object of a kind only the VM knows how to free; returns its byte size. */
  freeObject(o: number, gct: number): void;
  /** Called before each cycle (e.g. to run hooks); may be empty. */
  weakMode(t: number): number;
}

export const WEAK_K = 1, WEAK_V = 2;

let host: GCHost | undefined;
export function setHost(h: GCHost): void { host = h; }

const gray: number[] = [];
const weakTables: number[] = [];

/** Mark the object referenced by TValue slot s, if it holds a collectable object. */
export function markSlot(s: number): void {
  const tag = u32[(s << 1) + 1];
  if (tag === T.STR) {
    u8[u32[s << 1] + GC_MARK] = 1; // strings hold no references
  } else if (tag === T.TAB || tag === T.FUNC || tag === T.UDATA || tag === T.THREAD || tag === T.UPVAL) {
    markObj(u32[s << 1]);
  }
}

function markString(s: number): void {
  if (u32[(s << 1) + 1] === T.STR) u8[u32[s << 1] + GC_MARK] = 1;
}

export function markObj(o: number): void {
  if (o === 0 || u8[o + GC_MARK] !== 0) return;
  u8[o + GC_MARK] = 1;
  if (u8[o] !== GCT.STR) gray.push(o);
}

export const isMarked = (o: number): boolean => u8[o + GC_MARK] !== 0;

// Object layouts used by traversal (kept in step with tab.ts, func.ts, lib/base.ts).
const TAB_MT = 8, TAB_ARRAY = 12, TAB_ASIZE = 16, TAB_NODE = 20, TAB_HMASK = 24, NODE_SIZE = 24;
const FN_FFID = 2, FN_NUPV = 3, FN_ENV = 8, FN_CUPV = 16, FN_UV = 24;
const UV_TV = 8, UV_V = 16;
const UD_MT = 8, UD_ENV = 12;

function traverseTable(t: number): void {
  const mt = u32[(t + TAB_MT) >> 2];
  if (mt !== 0) markObj(mt);
  const mode = mt !== 0 && host !== undefined ? host.weakMode(mt) : 0;
  if (mode !== 0) weakTables.push(t);
  // Weak parts keep their strings alive: strings are values, never cleared from weak tables.
  const markV = (mode & WEAK_V) === 0 ? markSlot : markString;
  const markK = (mode & WEAK_K) === 0 ? markSlot : markString;
  const a = u32[(t + TAB_ARRAY) >> 2] >> 3;
  const asize = u32[(t + TAB_ASIZE) >> 2];
  for (let i = 0; i < asize; i++) markV(a + i);
  const node = u32[(t + TAB_NODE) >> 2];
  const hmask = u32[(t + TAB_HMASK) >> 2];
  if (hmask === 0 && u32[(node + 4) >> 2] === T.NIL && u32[(node + 12) >> 2] === T.NIL) return;
  for (let i = 0; i <= hmask; i++) {
    const n = node + i * NODE_SIZE;
    if (u32[(n + 4) >> 2] === T.NIL) continue;
    markK((n + 8) >> 3);
    markV(n >> 3);
  }
}

function propagate(): void {
  while (gray.length > 0) {
    const o = gray.pop()!;
    switch (u8[o]) {
      case GCT.TAB: traverseTable(o); break;
      case GCT.FUNC: {
        markObj(u32[(o + FN_ENV) >> 2]);
        if (u8[o + FN_FFID] === 0) {
          const n = u8[o + FN_NUPV];
          for (let i = 0; i < n; i++) markObj(u32[(o + FN_UV + 4 * i) >> 2]);
        } else {
          markObj(u32[(o + FN_CUPV) >> 2]);
        }
        break;
      }
      case GCT.UPVAL:
        markSlot(u32[(o + UV_V) >> 2]);
        markSlot((o + UV_TV) >> 3);
        break;
      case GCT.UDATA:
        markObj(u32[(o + UD_MT) >> 2]);
        markObj(u32[(o + UD_ENV) >> 2]);
        break;
      case GCT.THREAD:
        host!.traverseThread(o);
        break;
      default:
        break;
    }
  }
}

/** Is the value in slot s a collectable object (not a string) that is unmarked? */
function deadRef(s: number): boolean {
  const tag = u32[(s << 1) + 1];
  return (tag === T.TAB || tag === T.FUNC || tag === T.UDATA || tag === T.THREAD) && u8[u32[s << 1] + GC_MARK] === 0;
}

function clearWeak(): void {
  for (const t of weakTables) {
    const a = u32[(t + TAB_ARRAY) >> 2] >> 3;
    const asize = u32[(t + TAB_ASIZE) >> 2];
    for (let i = 0; i < asize; i++) if (deadRef(a + i)) u32[((a + i) << 1) + 1] = T.NIL;
    const node = u32[(t + TAB_NODE) >> 2];
    const hmask = u32[(t + TAB_HMASK) >> 2];
    for (let i = 0; i <= hmask; i++) {
      const n = node + i * NODE_SIZE;
      if (u32[(n + 4) >> 2] === T.NIL) continue;
      if (deadRef(n >> 3) || deadRef((n + 8) >> 3)) u32[(n + 4) >> 2] = T.NIL; // key stays as a dead key
    }
  }
  weakTables.length = 0;
}

function sweep(): void {
  let prev = 0;
  let o = root;
  while (o !== 0) {
    const next = u32[(o + GC_NEXT) >> 2];
    if (u8[o + GC_MARK] !== 0) {
      u8[o + GC_MARK] = 0;
      prev = o;
    } else {
      if (prev === 0) root = next; else u32[(prev + GC_NEXT) >> 2] = next;
      host!.freeObject(o, u8[o]);
    }
    o = next;
  }
}

/** Collection statistics for collectgarbage("count") and tests. */
export const gcStats = { cycles: 0, lastLive: 0, threshold: 0 };
/** Automatic collection off (collectgarbage("stop")). */
let stopped = false;
export function setStopped(s: boolean): void { stopped = s; updateFlag(); }

/** GCPAUSE: start the next cycle when the heap in use doubles, and never below this. */
const GC_MIN_THRESHOLD = 8 << 20;

/** Collect before the heap limit is reached, so memory freed by garbage is found in time. */
const LIMIT_FRACTION = 7 / 8;

function updateFlag(): void {
  const byPause = Math.max(gcStats.threshold, GC_MIN_THRESHOLD);
  gcFlag[1] = stopped ? 0x7fffffff : Math.min(byPause, Math.floor(heapLimitBytes() * LIMIT_FRACTION));
}

export function resetCollector(): void {
  gcStats.cycles = 0;
  gcStats.lastLive = 0;
  gcStats.threshold = GC_MIN_THRESHOLD;
  stopped = false;
  updateFlag();
}

/** A full collection. `runningTop` is the live top of the running thread's stack. */
export function fullGC(runningTop: number): void {
  if (host === undefined) return;
  host.markRoots(runningTop);
  propagate();
  clearWeak();
  host.clearStacks(runningTop);
  sweep();
  gcStats.cycles++;
  gcStats.lastLive = bytesInUse();
  gcStats.threshold = 2 * gcStats.lastLive;
  updateFlag();
}

