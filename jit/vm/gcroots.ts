// The collector's view of the VM: roots, thread stacks, weak modes and freeing each object kind. (lj_gc.c)
import { u8, u32, free } from './heap.js';
import { T, GCT } from './value.js';
import * as gc from './gc.js';
import * as tab from './tab.js';
import * as str from './str.js';
import { FN_FFID, FN_NUPV, FN_PC, FF, UV_SIZE, luaFuncSize } from './func.js';
import { LuaState, Global } from './state.js';
import { TH_ID, CoStatus } from './lib/coroutine.js';
import { UD_SIZE } from './lib/base.js';

const TH_SIZE = 16;

/** Live top of a thread that is not the running one. */
function threadTop(L: LuaState): number {
  if (L.status === CoStatus.SUSPENDED && L.started) return L.yieldBase + L.yieldN;
  return L.top;
}

function scanStack(L: LuaState, top: number): void {
  for (let s = L.stack; s < top; s++) gc.markSlot(s);
  for (let uv = L.openupval; uv !== 0; uv = u32[(uv + 20) >> 2]) gc.markObj(uv);
}

export function installGC(g: Global): void {
  const running = (): LuaState => g.cur;
  gc.setHost({
    markRoots(runningTop: number): void {
      gc.markObj(g.globals);
      gc.markObj(g.registry);
      gc.markObj(g.errmem);
      for (const mt of g.basemt) if (mt !== 0) gc.markObj(mt);
      for (const s of g.mmstr) gc.markObj(s);
      for (const f of g.builtins) gc.markObj(f);
      for (const pt of g.protos) {
        for (let i = 0; i < pt.kgc.length; i++) {
          const k = pt.kgc[i];
          if (typeof k === 'string' || (k as { kind?: string }).kind === 'table') gc.markObj(pt.kref[i]);
        }
      }
      for (let s = g.tmp; s < g.tmp + 16; s++) gc.markSlot(s);
      // The running thread up to its live top; threads inside resume() up to theirs.
      const cur = running();
      scanStack(cur, runningTop);
      if (cur.ref !== 0) gc.markObj(cur.ref);
      for (const L of [g.mainThread, ...g.threads]) {
        if (L === undefined || L === cur) continue;
        if (L === g.mainThread || L.status === CoStatus.NORMAL) {
          scanStack(L, threadTop(L));
          if (L.ref !== 0) gc.markObj(L.ref);
        }
      }
    },
    traverseThread(o: number): void {
      const L = g.threads[u32[(o + TH_ID) >> 2]];
      if (L === undefined || L === running() || L.status === CoStatus.NORMAL) return; // scanned as roots
      if (L.status !== CoStatus.DEAD) scanStack(L, threadTop(L));
    },
    clearStacks(runningTop: number): void {
      const cur = running();
      for (const L of [g.mainThread, ...g.threads]) {
        if (L === undefined) continue;
        if (L !== g.mainThread && L.ref !== 0 && !gc.isMarked(L.ref)) continue; // about to be freed
        if (!L.dirty && L !== cur) continue;
        const top = L === cur ? runningTop : threadTop(L);
        for (let s = top; s < L.stackEnd; s++) u32[(s << 1) + 1] = T.NIL;
        L.dirty = L === cur;
      }
    },
    freeObject(o: number, gct: number): void {
      switch (gct) {
        case GCT.STR: free(o, str.freeStr(o)); break;
        case GCT.TAB: tab.freeParts(o); free(o, tab.TAB_SIZE); break;
        case GCT.FUNC:
          if (u8[o + FN_FFID] === FF.LUA) free(o, luaFuncSize(u8[o + FN_NUPV]));
          else { g.cfuncs[u32[(o + FN_PC) >> 2]] = undefined; free(o, luaFuncSize(0)); }
          break;
        case GCT.UPVAL: free(o, UV_SIZE); break;
        case GCT.UDATA: free(o, UD_SIZE); break;
        case GCT.THREAD: {
          const id = u32[(o + TH_ID) >> 2];
          const L = g.threads[id];
          if (L !== undefined) free(L.stack << 3, L.stackBytes);
          g.threads[id] = undefined;
          free(o, TH_SIZE);
          break;
        }
        default: break;
      }
    },
    weakMode(mt: number): number {
      const v = tab.getStr(mt, g.mmstr[3]); // __mode
      if (v < 0 || u32[(v << 1) + 1] !== T.STR) return 0;
      const m = str.strText(u32[v << 1]);
      return (m.includes('k') ? gc.WEAK_K : 0) | (m.includes('v') ? gc.WEAK_V : 0);
    },
  });
}
