// Reading bytecode dumps back into Proto trees, with LuaJIT's load errors. (lj_bcread.c)
// The format and its constants are described in bcwrite.ts.

import { BC, insAD } from './bcdef.js';
import { ProtoFlag } from './proto.js';
import type { Proto, KGC, KTable, KValue, VarInfo } from './proto.js';
import {
  BCDUMP_HEAD2, BCDUMP_HEAD3, BCDUMP_VERSION, BCDumpFlag, BCDUMP_FLAGS_OWN, KGCType, KTabType,
  VARNAMES, VARNAME_END, VARNAME_MAX, LINE8_MAX, LINE16_MAX, wordsNum, type StrippedProto,
} from './bcwrite.js';

/*
 * lj_bcread reads from the loader's buffer without checking each byte: it makes sure a whole
 * prototype is buffered, reads it, and then checks that it ended where its length said. Reading a
 * string, the bytes past its end are its NUL terminator and then whatever memory follows. Here:
 * the header's fixed bytes read as 0 past the end (the NUL: so a short prefix of a dump is
 * "incompatible"), anything else past the end of the input or of its prototype is "malformed".
 */

const ERR_BCFMT = 'cannot load incompatible bytecode';
const ERR_BCBAD = 'cannot load malformed bytecode';

class BcError extends Error {
  constructor(readonly em: string) {
    super(em);
  }
}

/** The name a load error starts with: lj_bcread's bcread_error on the loader's chunk name argument. */
function errorName(chunkarg: string): string {
  const name = cString(chunkarg);
  if (name.charCodeAt(0) === 0x1b) return '(binary)';
  if (name[0] === '@' || name[0] === '=') return name.slice(1);
  return name;
}

/** A C string's view of a byte string: up to its first NUL. */
function cString(s: string): string {
  const nul = s.indexOf('\0');
  return nul < 0 ? s : s.slice(0, nul);
}

class Reader {
  /** Reading past `end` is malformed. */
  end: number;
  swap = false;
  constructor(readonly data: string, public pos: number) {
    this.end = data.length;
  }

  need(n: number): void {
    if (this.end - this.pos < n) throw new BcError(ERR_BCBAD);
  }

  byte(): number {
    if (this.pos >= this.end) throw new BcError(ERR_BCBAD);
    return this.data.charCodeAt(this.pos++);
  }

  /** A header byte: past the input it reads as the string's NUL terminator. */
  headerByte(): number {
    return this.pos < this.data.length ? this.data.charCodeAt(this.pos++) : (this.pos++, 0);
  }

  uleb(): number {
    let v = this.byte();
    if (v >= 0x80) {
      v &= 0x7f;
      let sh = 0;
      let b: number;
      do {
        b = this.byte();
        sh += 7;
        v = (v | ((b & 0x7f) << sh)) >>> 0;
      } while (b >= 0x80);
    }
    return v >>> 0;
  }

  /** The top 32 bits of a 33-bit ULEB128 (lsb = "a double follows"). */
  uleb33(): number {
    let v = this.byte() >>> 1;
    if (v >= 0x40) {
      v &= 0x3f;
      let sh = -1;
      let b: number;
      do {
        b = this.byte();
        sh += 7;
        v = (v | ((b & 0x7f) << sh)) >>> 0;
      } while (b >= 0x80);
    }
    return v >>> 0;
  }

  str(len: number): string {
    this.need(len);
    const s = this.data.slice(this.pos, this.pos + len);
    this.pos += len;
    return s;
  }

  u16(): number {
    const v = this.byte() | (this.byte() << 8);
    return this.swap ? ((v >>> 8) | ((v & 0xff) << 8)) : v;
  }

  u32(): number {
    const v = (this.byte() | (this.byte() << 8) | (this.byte() << 16) | (this.byte() << 24)) >>> 0;
    return this.swap ? bswap(v) : v;
  }
}

const bswap = (v: number): number =>
  (((v & 0xff) << 24) | ((v & 0xff00) << 8) | ((v >>> 8) & 0xff00) | (v >>> 24)) >>> 0;

// -- Constants ------------------------------------------------------------------------

function readKTabK(r: Reader): KValue {
  const tp = r.uleb();
  if (tp >= KTabType.STR) return r.str(tp - KTabType.STR);
  if (tp === KTabType.INT) return r.uleb() | 0;
  if (tp === KTabType.NUM) {
    const lo = r.uleb();
    return wordsNum(lo, r.uleb());
  }
  return tp === KTabType.NIL ? null : tp === KTabType.TRUE;
}

/**
 * A template table. LuaJIT creates it with the dumped array size and hash size and stores the
 * entries in dump order; the KTable without construction info makes loadProto do the same.
 */
function readKTab(r: Reader): KTable {
  const narray = r.uleb();
  const nhash = r.uleb();
  const array: (KValue | undefined)[] = [];
  for (let i = 0; i < narray; i++) {
    const v = readKTabK(r);
    array.push(v === null ? undefined : v);
  }
  const hash: [KValue, KValue][] = [];
  for (let i = 0; i < nhash; i++) {
    const k = readKTabK(r);
    // lj_tab_set would raise "table index is nil/NaN" out of the loader; such a dump is not one.
    if (k === null || Number.isNaN(k)) throw new BcError(ERR_BCBAD);
    hash.push([k, readKTabK(r)]);
  }
  return { kind: 'table', array, hash };
}

function readKGC(r: Reader, n: number, children: Proto[]): KGC[] {
  const kgc: KGC[] = new Array<KGC>(n);
  for (let i = n - 1; i >= 0; i--) {
    const tp = r.uleb();
    if (tp >= KGCType.STR) kgc[i] = r.str(tp - KGCType.STR);
    else if (tp === KGCType.TAB) kgc[i] = readKTab(r);
    else if (tp === KGCType.CHILD) {
      // Children were read before their parent and wait on the loader's stack.
      if (children.length === 0) throw new BcError(ERR_BCBAD);
      kgc[i] = children.pop()!;
    } else {
      // 64-bit integer and complex cdata constants need the FFI, which this VM does not have.
      throw new BcError(ERR_BCFMT);
    }
  }
  return kgc;
}

function readKNum(r: Reader, n: number): number[] {
  const knum: number[] = [];
  for (let i = 0; i < n; i++) {
    if (r.pos >= r.end) throw new BcError(ERR_BCBAD);
    const isnum = r.data.charCodeAt(r.pos) & 1;
    const lo = r.uleb33();
    knum.push(isnum ? wordsNum(lo, r.uleb()) : lo | 0);
  }
  return knum;
}

// -- Debug info ---------------------------------------------------------------------------

/** A NUL-terminated name from the debug block, or null at its end. */
function cName(r: Reader): string | null {
  const nul = r.data.indexOf('\0', r.pos);
  if (nul < 0 || nul >= r.end) return null;
  const s = r.data.slice(r.pos, nul);
  r.pos = nul + 1;
  return s;
}

/** Line info, upvalue names and variables from a debug block of `size` bytes (what is missing stays empty). */
function readDebug(r: Reader, pt: Proto, size: number): void {
  const sub = new Reader(r.data, r.pos);
  sub.end = r.pos + size;
  sub.swap = r.swap;
  r.pos += size;
  const n = pt.bc.length;
  try {
    for (let pc = 1; pc < n; pc++) {
      const delta = pt.numline < LINE8_MAX ? sub.byte() : pt.numline < LINE16_MAX ? sub.u16() : sub.u32() | 0;
      pt.lineinfo[pc] = pt.firstline + delta;
    }
    for (let i = 0; i < pt.uv.length; i++) {
      const name = cName(sub);
      if (name === null) return;
      pt.uvnames.push(name);
    }
    let lastpc = 0;
    for (;;) {
      if (sub.pos >= sub.end) return;
      const code = sub.data.charCodeAt(sub.pos);
      if (code === VARNAME_END) return;
      let name: string | null;
      if (code < VARNAME_MAX) {
        sub.pos++;
        name = VARNAMES[code - 1];
      } else {
        name = cName(sub);
        if (name === null) return;
      }
      const startpc = lastpc + sub.uleb();
      const endpc = startpc + sub.uleb();
      pt.varinfo.push({ name, startpc, endpc } satisfies VarInfo);
      lastpc = startpc;
    }
  } catch (e) {
    // A short debug block leaves the rest unnamed; LuaJIT would read past it.
    if (!(e instanceof BcError)) throw e;
  }
}

// -- Prototypes -----------------------------------------------------------------------------

function readProto(r: Reader, chunkname: string, strip: boolean, children: Proto[]): Proto {
  const flags = r.byte();
  const numparams = r.byte();
  const framesize = r.byte();
  const sizeuv = r.byte();
  const sizekgc = r.uleb();
  const sizekn = r.uleb();
  const sizebc = r.uleb() + 1;
  let sizedbg = 0;
  let firstline = 0;
  let numline = 0;
  if (!strip) {
    sizedbg = r.uleb();
    if (sizedbg) {
      firstline = r.uleb();
      numline = r.uleb();
    }
  }
  r.need((sizebc - 1) * 4 + sizeuv * 2);
  const bc = new Uint32Array(sizebc);
  bc[0] = insAD((flags & ProtoFlag.VARARG) ? BC.FUNCV : BC.FUNCF, framesize, 0);
  for (let pc = 1; pc < sizebc; pc++) bc[pc] = r.u32();
  const uv: number[] = [];
  for (let i = 0; i < sizeuv; i++) uv.push(r.u16());
  const kgc = readKGC(r, sizekgc, children);
  const knum = readKNum(r, sizekn);
  const lineinfo = new Int32Array(sizebc);
  lineinfo.fill(firstline);
  const pt: Proto = {
    chunkname, firstline, numline, numparams, flags, framesize, bc, lineinfo, knum, kgc, uv,
    uvnames: [], varinfo: [],
  };
  if (sizedbg === 0) {
    const nodebug: StrippedProto = { ...pt, stripped: true };
    return nodebug;
  }
  r.need(sizedbg);
  readDebug(r, pt, sizedbg);
  return pt;
}

/** Check the header; returns the chunk name the prototypes get, or throws. */
function readHeader(r: Reader, chunkarg: string): { chunkname: string; strip: boolean } {
  if (r.headerByte() !== BCDUMP_HEAD2 || r.headerByte() !== BCDUMP_HEAD3 || r.headerByte() !== BCDUMP_VERSION) {
    throw new BcError(ERR_BCFMT);
  }
  const flags = r.pos < r.end ? r.uleb() : (r.pos++, 0);
  if ((flags & ~BCDumpFlag.KNOWN) !== 0) throw new BcError(ERR_BCFMT);
  if ((flags & BCDumpFlag.FR2) !== (BCDUMP_FLAGS_OWN & BCDumpFlag.FR2)) throw new BcError(ERR_BCFMT);
  r.swap = (flags & BCDumpFlag.BE) !== 0;
  const strip = (flags & BCDumpFlag.STRIP) !== 0;
  // Stripped dumps carry no name: the functions are named by the loader's chunk name argument.
  if (strip) return { chunkname: cString(chunkarg), strip };
  const len = r.uleb();
  return { chunkname: r.str(len), strip };
}

/**
 * Read the dump in `data` whose ESC byte is at `start`, loaded under the name `chunkarg` (the
 * chunkname argument of load/loadstring). Returns the main Proto, or LuaJIT's error message
 * ("(binary): cannot load malformed bytecode").
 */
export function bcread(data: string, start: number, chunkarg: string): Proto | string {
  const r = new Reader(data, start + 1);
  const stack: Proto[] = [];
  try {
    const { chunkname, strip } = readHeader(r, chunkarg);
    for (;;) {
      if (r.pos < r.end && r.data.charCodeAt(r.pos) === 0) {
        r.pos++;
        break;
      }
      const len = r.uleb();
      if (len === 0) break;
      r.need(len);
      const protoEnd = r.pos + len;
      const sub = new Reader(data, r.pos);
      sub.end = protoEnd;
      sub.swap = r.swap;
      const pt = readProto(sub, chunkname, strip, stack);
      if (sub.pos !== protoEnd) throw new BcError(ERR_BCBAD);
      r.pos = protoEnd;
      stack.push(pt);
    }
    if (r.pos !== r.end || stack.length !== 1) throw new BcError(ERR_BCBAD);
    return stack[0];
  } catch (e) {
    if (e instanceof BcError) return `${errorName(chunkarg)}: ${e.em}`;
    throw e;
  }
}
