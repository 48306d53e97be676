// Loading compiled prototypes into the heap and making closures of them. (lj_load.c, lj_func.c)
import { alloc, u32, f64 } from './heap.js';
import { T } from './value.js';
import * as str from './str.js';
import * as tab from './tab.js';
import { newLFunc } from './func.js';
import type { LProto } from './func.js';
import type { Proto, KTable, KValue } from '../bytecode/proto.js';
import type { LuaState } from './state.js';
import { chunkId } from './debug.js';
import { compile, LuaSyntaxError } from '../frontend/compile.js';

/** Copy a Proto tree into the heap; returns the loaded main prototype. */
export function loadProto(L: LuaState, p: Proto): LProto {
  const g = L.g;
  const n = p.bc.length;
  const pcBase = alloc(n * 4) >> 2;
  u32.set(p.bc, pcBase);
  const kref = new Int32Array(p.kgc.length);
  const lp = p as LProto;
  lp.pcBase = pcBase;
  lp.kref = kref;
  lp.knumf = Float64Array.from(p.knum);
  lp.shortSrc = chunkId(p.chunkname);
  for (let i = 0; i < p.kgc.length; i++) {
    const k = p.kgc[i];
    if (typeof k === 'string') kref[i] = str.newStr(k);
    else if ((k as KTable).kind === 'table') kref[i] = templateTable(k as KTable, L);
    else kref[i] = loadProto(L, k as Proto).id;
  }
  lp.id = g.protos.length;
  g.protos.push(lp);
  return lp;
}

function setK(s: number, v: KValue): void {
  if (v === null) u32[(s << 1) + 1] = T.NIL;
  else if (v === true) u32[(s << 1) + 1] = T.TRUE;
  else if (v === false) u32[(s << 1) + 1] = T.FALSE;
  else if (typeof v === 'number') f64[s] = v;
  else { u32[s << 1] = str.newStr(v); u32[(s << 1) + 1] = T.STR; }
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
  const t = tab.newTab(c.asize, c.hbits);
  const ks = L.g.tmp + 4;
  for (const [k, v] of c.entries) {
    setK(ks, k);
    setK(tab.set(t, ks), v);
  }
  if (c.narr > 0 && u32[(t + tab.TAB_ASIZE) >> 2] < c.narr) tab.reasize(t, c.narr - 1);
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
  const lp = loadProto(L, p);
  return newLFunc(lp, L.g.globals);
}
