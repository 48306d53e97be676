// Loading compiled prototypes into the heap and making closures of them. (lj_load.c, lj_func.c)
import { u8, u32, f64 } from './heap.js';
import {
  T, GCT, GC_GCT, PT_ID, PT_SIZEBC, PT_NUMPARAMS, PT_FRAMESIZE, PT_FLAGS, PT_SIZEUV, PT_BC, TAB_ASIZE, TMPTV, protoSize,
} from './obj.js';
import * as tab from './tab.js';
import { newLFunc } from './func.js';
import type { LProto } from './func.js';
import type { Proto, KTable, KValue } from '../bytecode/proto.js';
import type { LuaState } from './state.js';
import { chunkId } from './debug.js';
import { compile, LuaSyntaxError } from '../frontend/compile.js';
import * as vmevent from './vmevent.js';

/**
 * Copy a Proto tree into the heap; returns the loaded main prototype. Each gets a GCproto with its
 * bytecode right after the header, as LuaJIT lays it out (so hot counters hash real addresses).
 * Prototypes are kept for the VM's lifetime (they are not on the GC's object list).
 */
export function loadProto(L: LuaState, p: Proto): LProto {
  const g = L.g;
  const n = p.bc.length;
  const obj = g.mem.alloc(protoSize(n));
  if (obj === 0) L.errMem();
  u8[obj + GC_GCT] = GCT.PROTO;
  u32[(obj + PT_SIZEBC) >> 2] = n;
  u8[obj + PT_NUMPARAMS] = p.numparams;
  u8[obj + PT_FRAMESIZE] = p.framesize;
  u8[obj + PT_FLAGS] = p.flags;
  u8[obj + PT_SIZEUV] = p.uv.length;
  const pcBase = (obj + PT_BC) >> 2;
  u32.set(p.bc, pcBase);
  const kref = new Int32Array(p.kgc.length);
  const lp = p as LProto;
  lp.obj = obj;
  lp.pcBase = pcBase;
  lp.kref = kref;
  lp.knumf = Float64Array.from(p.knum);
  lp.shortSrc = chunkId(p.chunkname);
  for (let i = 0; i < p.kgc.length; i++) {
    const k = p.kgc[i];
    if (typeof k === 'string') kref[i] = L.str(k);
    else if ((k as KTable).kind === 'table') kref[i] = templateTable(k as KTable, L);
    else kref[i] = loadProto(L, k as Proto).id;
  }
  lp.id = g.protos.length;
  u32[(obj + PT_ID) >> 2] = lp.id;
  g.protos.push(lp);
  return lp;
}

function setK(L: LuaState, s: number, v: KValue): void {
  if (v === null) u32[(s << 1) + 1] = T.NIL;
  else if (v === true) u32[(s << 1) + 1] = T.TRUE;
  else if (v === false) u32[(s << 1) + 1] = T.FALSE;
  else if (typeof v === 'number') f64[s] = v;
  else L.setStr(s, v);
}

/**
 * Build the heap table a TDUP copies by replaying the parser's construction (KTable.construction):
 * create it with the sizes the parser had at its first constant entry, insert every entry in order
 * (rehashing as LuaJIT's parser does), then grow the array to the constructor's final size. That
 * gives LuaJIT's exact sizes, and with them `#` on tables with holes. Without construction info the
 * table is simply sized to fit.
 */
function templateTable(kt: KTable, L: LuaState): number {
  const c = kt.construction ?? {
    asize: kt.array.length, hbits: tab.hsize2hbits(kt.hash.length), narr: 0,
    entries: [...kt.array.flatMap((v, i) => (v === undefined ? [] : [[i, v] as [KValue, KValue]])), ...kt.hash],
  };
  const t = L.newTab(c.asize, c.hbits);
  const ks = L.g.tmp + TMPTV.TEMPLATE_KEY;
  for (const [k, v] of c.entries) {
    setK(L, ks, k);
    setK(L, L.tset(t, ks), v);
  }
  if (c.narr > 0 && u32[(t + TAB_ASIZE) >> 2] < c.narr) L.tcheck(tab.reasize(L.g, t, c.narr - 1));
  return t;
}

/** Compile and load `source`; returns the main closure, or the syntax error message. */
export function loadString(L: LuaState, source: string, chunkname: string): number | string {
  // An ESC first byte marks LuaJIT bytecode, which this VM does not load.
  if (source.charCodeAt(0) === 0x1b) {
    return `${chunkId(chunkname.charCodeAt(0) === 0x1b ? '=(binary)' : chunkname)}: cannot load incompatible bytecode`;
  }
  let p: Proto;
  try {
    p = compile(source, chunkname);
  } catch (e) {
    if (e instanceof LuaSyntaxError) return e.message;
    throw e;
  }
  const firstId = L.g.protos.length;
  const lp = loadProto(L, p);
  vmevent.protosLoaded(L, firstId);
  return newLFunc(L.g, lp, L.g.globals) || L.errMem();
}
