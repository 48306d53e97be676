// Loading compiled prototypes and bytecode dumps into the heap, making closures of them, and dumping
// them back. (lj_load.c, lj_func.c)
import { u8, u32, f64 } from './heap.js';
import {
  T, GCT, GC_GCT, PT_ID, PT_SIZEBC, PT_NUMPARAMS, PT_FRAMESIZE, PT_FLAGS, PT_SIZEUV, PT_BC, TAB_ASIZE, TMPTV, protoSize,
  TAB_ARRAY, TAB_NODE, TAB_HMASK, NODE_KEY, NODE_VAL, NODE_SIZE, TV_SIZE, UV_SIZE, UV_TV, UV_V, UV_CLOSED, FN_UV,
} from './obj.js';
import * as tab from './tab.js';
import { newLFunc } from './func.js';
import type { LProto } from './func.js';
import type { Proto, KTable, KValue } from '../bytecode/proto.js';
import type { LuaState } from './state.js';
import { chunkId } from './debug.js';
import { compile, LuaSyntaxError } from '../frontend/compile.js';
import * as vmevent from './vmevent.js';
import { bcread } from '../bytecode/bcread.js';
import { bcwrite, type KTabDump } from '../bytecode/bcwrite.js';

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

// -- Binary chunks ------------------------------------------------------------------------

const BYTECODE_ESC = 0x1b;
const ERR_BCBAD = 'cannot load malformed bytecode';

/**
 * Where lj_lex_setup finds the first character of a chunk: after a UTF-8 BOM and a "#" line.
 * Returns that index and whether anything was skipped (bytecode may not follow a skipped header).
 */
function chunkStart(source: string): { at: number; header: boolean } {
  let at = 0;
  let header = false;
  if (source.startsWith('\xef\xbb\xbf')) {
    at = 3;
    header = true;
  }
  if (source[at] === '#') {
    while (at < source.length && source[at] !== '\n' && source[at] !== '\r') at++;
    if (at >= source.length) return { at, header: true };
    const eol = source[at++];
    if ((source[at] === '\n' || source[at] === '\r') && source[at] !== eol) at++;
    header = true;
  }
  return { at, header };
}

/**
 * The Proto of a chunk: compiled from Lua source, or read from a bytecode dump (lj_lex_setup decides
 * by the first character). Throws LuaSyntaxError with the message load() returns.
 */
export function readChunk(source: string, chunkname: string): Proto {
  const { at, header } = chunkStart(source);
  if (source.charCodeAt(at) !== BYTECODE_ESC) return compile(source, chunkname);
  // Bytecode behind a BOM or "#" line is refused without naming the chunk.
  if (header) throw new LuaSyntaxError(ERR_BCBAD);
  const p = bcread(source, at, chunkname);
  if (typeof p === 'string') throw new LuaSyntaxError(p);
  return p;
}

/** Compile or read `source` and load it; returns the main closure, or the error message. */
export function loadString(L: LuaState, source: string, chunkname: string): number | string {
  let p: Proto;
  try {
    p = readChunk(source, chunkname);
  } catch (e) {
    if (e instanceof LuaSyntaxError) return e.message;
    throw e;
  }
  const firstId = L.g.protos.length;
  const lp = loadProto(L, p);
  vmevent.protosLoaded(L, firstId);
  const fn = newLFunc(L.g, lp, L.g.globals) || L.errMem();
  emptyUpvals(L, fn, lp.uv.length);
  return fn;
}

/** A loaded chunk's upvalues (a dumped function may have some) start closed and nil (lj_func_newL_empty). */
function emptyUpvals(L: LuaState, fn: number, nuv: number): void {
  for (let i = 0; i < nuv; i++) {
    const uv = L.g.newObj(UV_SIZE, GCT.UPVAL) || L.errMem();
    const tv = (uv + UV_TV) / TV_SIZE;
    u32[(tv << 1) + 1] = T.NIL;
    u32[(uv + UV_V) >> 2] = tv;
    u8[uv + UV_CLOSED] = 1;
    u32[(fn + FN_UV + 4 * i) >> 2] = uv;
  }
}

// -- Dumping (lua_dump) ---------------------------------------------------------------

/** A value in TValue slot s of a template table. */
function kvalueAt(L: LuaState, s: number): KValue {
  const it = u32[(s << 1) + 1];
  if (it < T.ISNUM) return f64[s];
  if (it === T.STR) return L.g.strs.text(u32[s << 1]);
  if (it === T.TRUE) return true;
  if (it === T.FALSE) return false;
  return null;
}

/** A loaded template table in dump order: array up to its last non-nil slot, used nodes from the top. */
function heapKTab(L: LuaState, pt: Proto, idx: number): KTabDump {
  const t = (pt as LProto).kref[idx];
  const arr = u32[(t + TAB_ARRAY) >> 2] / TV_SIZE;
  let narray = u32[(t + TAB_ASIZE) >> 2];
  while (narray > 0 && u32[((arr + narray - 1) << 1) + 1] === T.NIL) narray--;
  const array: KValue[] = [];
  for (let i = 0; i < narray; i++) array.push(kvalueAt(L, arr + i));
  const hash: [KValue, KValue][] = [];
  const hmask = u32[(t + TAB_HMASK) >> 2];
  const node = u32[(t + TAB_NODE) >> 2];
  if (hmask > 0) {
    for (let i = hmask; i >= 0; i--) {
      const n = node + i * NODE_SIZE;
      const v = (n + NODE_VAL) / TV_SIZE;
      if (u32[(v << 1) + 1] !== T.NIL) hash.push([kvalueAt(L, (n + NODE_KEY) / TV_SIZE), kvalueAt(L, v)]);
    }
  }
  return { array, hash };
}

/** The bytes of string.dump(f, strip) for a loaded prototype (lua_dump, lj_bcwrite). */
export function dumpProto(L: LuaState, pt: LProto, strip: boolean): string {
  return bcwrite(pt, strip, (p, idx) => heapKTab(L, p, idx));
}
