// Bytecode dumps: a Proto tree in LuaJIT's portable dump format, as string.dump writes it. (lj_bcwrite.c, lj_bcdump.h)
// The format constants live here; bcread.ts reads the same format back.

import { ProtoFlag } from './proto.js';
import type { Proto, KGC, KTable, KValue } from './proto.js';

/*
 * A dump is: header, every prototype (children before their parent), a 0 byte.
 *   header = ESC 'L' 'J' version flags [ULEB namelen, name]        (name only when not stripped)
 *   proto  = ULEB length, then: flags numparams framesize numuv (bytes), ULEB numkgc numkn numbc,
 *            [ULEB sizedbg [ULEB firstline numline]]                (only when not stripped)
 *            instructions after the header (words), upvalue descriptors (halfwords),
 *            GC constants (highest index first), number constants, debug info.
 * Words and halfwords are in the writer's byte order (big-endian ones set the BE flag).
 * Debug info is the line deltas (1, 2 or 4 bytes each, by numline), upvalue names and local
 * variable records, exactly the block LuaJIT's parser keeps after a prototype.
 */

// -- Format constants (lj_bcdump.h) ---------------------------------------------

export const BCDUMP_HEAD1 = 0x1b;
export const BCDUMP_HEAD2 = 0x4c;
export const BCDUMP_HEAD3 = 0x4a;
export const BCDUMP_VERSION = 2;

/** Header flags. */
export const enum BCDumpFlag { BE = 0x01, STRIP = 0x02, FFI = 0x04, FR2 = 0x08, KNOWN = 0x0f }
/** The reference is a GC64 (two-slot frame) build: its dumps say so, and it loads only those. */
export const BCDUMP_FLAGS_OWN = BCDumpFlag.FR2;

/** Type codes of GC constants; strings are KGC_STR + length. */
export const enum KGCType { CHILD, TAB, I64, U64, COMPLEX, STR }
/** Type codes of template table keys and values; strings are KTAB_STR + length. */
export const enum KTabType { NIL, FALSE, TRUE, INT, NUM, STR }

/** Proto flags a dump keeps (the others are the JIT's business). */
export const PROTO_DUMP_FLAGS = ProtoFlag.CHILD | ProtoFlag.VARARG | ProtoFlag.FFI;

/** Names of the parser's hidden locals, written as one byte (their index + 1) in varinfo (VARNAMEDEF). */
export const VARNAMES: readonly string[] = [
  '(for index)', '(for limit)', '(for step)', '(for generator)', '(for state)', '(for control)',
];
/** varinfo: end-of-list byte; codes below VARNAME_MAX are hidden locals, others start a name. */
export const VARNAME_END = 0;
export const VARNAME_MAX = VARNAMES.length + 1;

/** Line deltas are bytes below this many lines, halfwords below LINE16_MAX, else words. */
export const LINE8_MAX = 256;
export const LINE16_MAX = 65536;

/**
 * A Proto from a dump of stripped code (or one without debug info): its lineinfo is all zeros and it
 * has no names, and a later dump of it writes no debug info either, as LuaJIT's does.
 */
export interface StrippedProto extends Proto { stripped: true }
export const isStripped = (pt: Proto): boolean => (pt as Partial<StrippedProto>).stripped === true;

// -- Output buffer ----------------------------------------------------------------

/** A growable byte buffer with LuaJIT's ULEB128 writers. */
export class ByteWriter {
  private buf = new Uint8Array(256);
  len = 0;
  /** Write halfwords and words most significant byte first. */
  constructor(readonly bigEndian = false) {}

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.len + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
  }

  byte(b: number): void {
    this.room(1);
    this.buf[this.len++] = b & 0xff;
  }

  /** Unsigned LEB128 of a non-negative number below 2^53 (33-bit values for number constants). */
  uleb(v: number): void {
    this.room(8);
    while (v >= 0x80) {
      this.buf[this.len++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.buf[this.len++] = v;
  }

  /** A byte string (one char per byte). */
  bytes(s: string): void {
    this.room(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.len++] = s.charCodeAt(i);
  }

  u16(v: number): void {
    if (this.bigEndian) {
      this.byte(v >>> 8);
      this.byte(v);
    } else {
      this.byte(v);
      this.byte(v >>> 8);
    }
  }

  u32(v: number): void {
    if (this.bigEndian) {
      this.u16(v >>> 16);
      this.u16(v & 0xffff);
    } else {
      this.u16(v & 0xffff);
      this.u16(v >>> 16);
    }
  }

  append(w: ByteWriter): void {
    this.room(w.len);
    this.buf.set(w.buf.subarray(0, w.len), this.len);
    this.len += w.len;
  }

  /** The contents as a byte string. */
  text(): string {
    let s = '';
    const CHUNK = 0x2000;
    for (let i = 0; i < this.len; i += CHUNK) {
      s += String.fromCharCode.apply(null, Array.from(this.buf.subarray(i, Math.min(this.len, i + CHUNK))));
    }
    return s;
  }
}

// -- Numbers ------------------------------------------------------------------------

const numScratch = new DataView(new ArrayBuffer(8));

/** The two 32-bit halves of a double, as a TValue holds them. */
export function numWords(n: number): [lo: number, hi: number] {
  numScratch.setFloat64(0, n, true);
  return [numScratch.getUint32(0, true), numScratch.getUint32(4, true)];
}

export function wordsNum(lo: number, hi: number): number {
  numScratch.setUint32(0, lo, true);
  numScratch.setUint32(4, hi, true);
  return numScratch.getFloat64(0, true);
}

/** LuaJIT narrows a number to an int32 when converting back gives an equal number (so -0 becomes 0). */
const narrowsToInt = (n: number): boolean => (n | 0) === n;

/** One number constant: a 33-bit ULEB128 of (int << 1) or (lo << 1 | 1) followed by hi. */
function writeKNum(w: ByteWriter, n: number): void {
  if (narrowsToInt(n)) {
    w.uleb(((n | 0) >>> 0) * 2);
  } else {
    const [lo, hi] = numWords(n);
    w.uleb(lo * 2 + 1);
    w.uleb(hi);
  }
}

// -- Template tables ------------------------------------------------------------------

/**
 * A template table as it is dumped: the array slots from 0 up to the last non-nil one, and the
 * used hash nodes, highest node index first (the order LuaJIT walks its node array in).
 */
export interface KTabDump {
  array: KValue[];
  hash: [KValue, KValue][];
}

/** Where a writer gets the layout of template table kgc[idx] of pt. */
export type KTabLayout = (pt: Proto, idx: number) => KTabDump;

/**
 * The layout from a KTable alone, for protos that are not in a heap: the array part as built and the
 * hash entries in the KTable's order (for a Proto read from a dump, the dump's own order). The order
 * LuaJIT dumps follows its node array, which depends on its hash functions (for strings, on a
 * per-process random seed), so only a heap table gives the order a VM would dump.
 */
export function ktabFromProto(pt: Proto, idx: number): KTabDump {
  const kt = pt.kgc[idx] as KTable;
  let n = kt.array.length;
  while (n > 0 && (kt.array[n - 1] === undefined || kt.array[n - 1] === null)) n--;
  const array: KValue[] = [];
  for (let i = 0; i < n; i++) array.push(kt.array[i] ?? null);
  return { array, hash: kt.hash.filter(([, v]) => v !== null) };
}

function writeKTabK(w: ByteWriter, v: KValue, narrow: boolean): void {
  if (typeof v === 'string') {
    w.uleb(KTabType.STR + v.length);
    w.bytes(v);
  } else if (typeof v === 'number') {
    if (narrow && narrowsToInt(v)) {
      w.byte(KTabType.INT);
      w.uleb((v | 0) >>> 0);
    } else {
      const [lo, hi] = numWords(v);
      w.byte(KTabType.NUM);
      w.uleb(lo);
      w.uleb(hi);
    }
  } else {
    w.byte(v === null ? KTabType.NIL : v ? KTabType.TRUE : KTabType.FALSE);
  }
}

function writeKTab(w: ByteWriter, t: KTabDump): void {
  w.uleb(t.array.length);
  w.uleb(t.hash.length);
  for (const v of t.array) writeKTabK(w, v, true);
  for (const [k, v] of t.hash) {
    writeKTabK(w, k, false);
    writeKTabK(w, v, true);
  }
}

// -- Prototypes ---------------------------------------------------------------------

const isChild = (k: KGC): k is Proto => typeof k === 'object' && !('kind' in k);

function writeKGC(w: ByteWriter, pt: Proto, layout: KTabLayout): void {
  // GC constant d lives at k[-d-1] in LuaJIT, and the writer walks k upwards: highest index first.
  for (let i = pt.kgc.length - 1; i >= 0; i--) {
    const k = pt.kgc[i];
    if (typeof k === 'string') {
      w.uleb(KGCType.STR + k.length);
      w.bytes(k);
    } else if (isChild(k)) {
      w.uleb(KGCType.CHILD);
    } else {
      w.uleb(KGCType.TAB);
      writeKTab(w, layout(pt, i));
    }
  }
}

/** The debug info block: line deltas, upvalue names, variable records (lj_parse.c fs_prep_var). */
function debugInfo(pt: Proto, bigEndian: boolean): ByteWriter {
  const w = new ByteWriter(bigEndian);
  const n = pt.bc.length;
  for (let pc = 1; pc < n; pc++) {
    const delta = pt.lineinfo[pc] - pt.firstline;
    if (pt.numline < LINE8_MAX) w.byte(delta);
    else if (pt.numline < LINE16_MAX) w.u16(delta);
    else w.u32(delta);
  }
  for (const name of pt.uvnames) {
    w.bytes(name);
    w.byte(0);
  }
  let lastpc = 0;
  for (const v of pt.varinfo) {
    const code = VARNAMES.indexOf(v.name);
    if (code >= 0) w.byte(code + 1);
    else {
      w.bytes(v.name);
      w.byte(0);
    }
    w.uleb(v.startpc - lastpc);
    w.uleb(v.endpc - v.startpc);
    lastpc = v.startpc;
  }
  w.byte(VARNAME_END);
  return w;
}

function writeProto(out: ByteWriter, pt: Proto, strip: boolean, layout: KTabLayout): void {
  for (const k of pt.kgc) if (isChild(k)) writeProto(out, k, strip, layout);
  const w = new ByteWriter(out.bigEndian);
  w.byte(pt.flags & PROTO_DUMP_FLAGS);
  w.byte(pt.numparams);
  w.byte(pt.framesize);
  w.byte(pt.uv.length);
  w.uleb(pt.kgc.length);
  w.uleb(pt.knum.length);
  w.uleb(pt.bc.length - 1);
  let dbg: ByteWriter | undefined;
  if (!strip) {
    if (!isStripped(pt)) dbg = debugInfo(pt, out.bigEndian);
    w.uleb(dbg?.len ?? 0);
    if (dbg !== undefined) {
      w.uleb(pt.firstline);
      w.uleb(pt.numline);
    }
  }
  // Proto.bc is the compiler's output: the VM patches only its heap copy (I*/J* loops), so there is
  // nothing to undo here as lj_bcwrite's unpatching does.
  for (let pc = 1; pc < pt.bc.length; pc++) w.u32(pt.bc[pc]);
  for (const uv of pt.uv) w.u16(uv);
  writeKGC(w, pt, layout);
  for (const n of pt.knum) writeKNum(w, n);
  if (dbg !== undefined) w.append(dbg);
  out.uleb(w.len);
  out.append(w);
}

/**
 * The dump of pt and its children as a byte string, the bytes string.dump(f, strip) gives in LuaJIT
 * (a GC64 build). `layout` supplies template tables' node order (see ktabFromProto). `bigEndian`
 * writes what a big-endian build of LuaJIT would (its dumps are flagged, and readers swap them).
 */
export function bcwrite(pt: Proto, strip: boolean, layout: KTabLayout = ktabFromProto, bigEndian = false): string {
  const w = new ByteWriter(bigEndian);
  w.byte(BCDUMP_HEAD1);
  w.byte(BCDUMP_HEAD2);
  w.byte(BCDUMP_HEAD3);
  w.byte(BCDUMP_VERSION);
  w.byte((strip ? BCDumpFlag.STRIP : 0) | (bigEndian ? BCDumpFlag.BE : 0) | ((pt.flags & ProtoFlag.FFI) ? BCDumpFlag.FFI : 0) | BCDUMP_FLAGS_OWN);
  if (!strip) {
    w.uleb(pt.chunkname.length);
    w.bytes(pt.chunkname);
  }
  writeProto(w, pt, strip, layout);
  w.byte(0);
  return w.text();
}
