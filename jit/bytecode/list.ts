// Bytecode listing in the format of `luajit -bl` (jit/bc.lua), byte for byte.

import {
  BC, BCMode, BC_NAMES, BC_MODE_A, BC_MODE_B, BC_MODE_CD, bcOp, bcA, bcB, bcD,
} from './bcdef.js';
import type { Proto, KGC } from './proto.js';
import { chunkid, isCntrl } from '../frontend/lex.js';

const TWO52 = 4503599627370496;
/** Longest string constant shown in full; longer ones are cut and marked with '~'. */
const MAX_KSTR = 40;

const pad = (s: string, n: number): string => (s.length >= n ? s : ' '.repeat(n - s.length) + s);
const padRight = (s: string, n: number): string => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const pc4 = (n: number): string => String(n).padStart(4, '0');

const isProto = (k: KGC): k is Proto => typeof k === 'object' && !('kind' in k);

/** "t.lua:12" as funcinfo().loc gives it. */
function protoLoc(pt: Proto): string {
  return `${chunkid(pt.chunkname)}:${pt.firstline}`;
}

function quoteConst(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isCntrl(c)) out += s[i];
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else out += '\\' + String(c).padStart(3, '0');
  }
  // The length test is on the raw string, the cut on the escaped one (as bc.lua does).
  return s.length > MAX_KSTR ? `"${out.slice(0, MAX_KSTR)}"~` : `"${out}"`;
}

function uvName(pt: Proto, i: number): string {
  return pt.uvnames[i] ?? '';
}

/** One instruction line (without the trailing newline). */
export function listIns(pt: Proto, pc: number, target: boolean): string {
  const ins = pt.bc[pc];
  const op = bcOp(ins);
  const ma = BC_MODE_A[op];
  const mb = BC_MODE_B[op];
  const mc = BC_MODE_CD[op];
  const a = bcA(ins);
  const name = padRight(BC_NAMES[op], 6);
  const s = `${pc4(pc)} ${target ? '=>' : '  '} ${name} ${pad(ma === BCMode.none ? '' : String(a), 3)} `;
  let d = bcD(ins);
  if (mc === BCMode.jump) return `${s}=> ${pc4(pc + d - 0x7fff)}`;
  if (mb !== BCMode.none) d &= 0xff;
  else if (mc === BCMode.none) return s;
  let kc: string | undefined;
  if (mc === BCMode.str) {
    kc = quoteConst(pt.kgc[d] as string);
  } else if (mc === BCMode.num) {
    let n = pt.knum[d];
    if (op === BC.TSETM) n -= TWO52;
    kc = formatNumber(n);
  } else if (mc === BCMode.func) {
    kc = protoLoc(pt.kgc[d] as Proto);
  } else if (mc === BCMode.uv) {
    kc = uvName(pt, d);
  }
  if (ma === BCMode.uv) {
    const ka = uvName(pt, a);
    kc = kc !== undefined ? `${ka} ; ${kc}` : ka;
  }
  if (mb !== BCMode.none) {
    const b = bcB(ins);
    if (kc !== undefined) return `${s}${pad(String(b), 3)} ${pad(String(d), 3)}  ; ${kc}`;
    return `${s}${pad(String(b), 3)} ${pad(String(d), 3)}`;
  }
  if (kc !== undefined) return `${s}${pad(String(d), 3)}      ; ${kc}`;
  if (mc === BCMode.lits && d > 32767) d -= 65536;
  return `${s}${pad(String(d), 3)}`;
}

function listOne(pt: Proto): string {
  const targets = new Set<number>();
  for (let pc = 1; pc < pt.bc.length; pc++) {
    const ins = pt.bc[pc];
    if (BC_MODE_CD[bcOp(ins)] === BCMode.jump) targets.add(pc + bcD(ins) - 0x7fff);
  }
  let out = `-- BYTECODE -- ${protoLoc(pt)}-${pt.firstline + pt.numline}\n`;
  for (let pc = 1; pc < pt.bc.length; pc++) out += listIns(pt, pc, targets.has(pc)) + '\n';
  return out + '\n';
}

/** The text `luajit -bl` prints for a chunk: children first (deepest first), then pt. */
export function listProto(pt: Proto): string {
  let out = '';
  // bc.lua walks the GC constants in index order, each child listing its own children first.
  for (let i = 0; i < pt.kgc.length; i++) {
    const k = pt.kgc[i];
    if (isProto(k)) out += listProto(k);
  }
  return out + listOne(pt);
}

// -- Number formatting ---------------------------------------------------------

/** Exact decimal digits of a finite positive double: value = 0.digits * 10^point. */
function exactDigits(n: number): { digits: string; point: number } {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, n);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e2: number;
  if (bexp === 0) e2 = -1074;
  else {
    mant |= 1n << 52n;
    e2 = bexp - 1075;
  }
  let digits: string;
  let point: number;
  if (e2 >= 0) {
    digits = (mant << BigInt(e2)).toString();
    point = digits.length;
  } else {
    // m * 2^e2 = m * 5^-e2 / 10^-e2
    digits = (mant * 5n ** BigInt(-e2)).toString();
    point = digits.length + e2;
  }
  const stripped = digits.replace(/^0+/, '');
  point -= digits.length - stripped.length;
  return { digits: stripped.replace(/0+$/, '') || '0', point };
}

/** "%.14g" as LuaJIT's own formatter prints numbers. */
export function formatNumber(n: number): string {
  const PREC = 14;
  if (Number.isNaN(n)) return 'nan';
  if (n === Infinity) return 'inf';
  if (n === -Infinity) return '-inf';
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  const sign = n < 0 ? '-' : '';
  let { digits, point } = exactDigits(Math.abs(n));
  if (digits.length > PREC) {
    const head = digits.slice(0, PREC);
    const rest = digits.slice(PREC);
    // LuaJIT formats numbers itself (lj_strfmt_num.c) and rounds exact ties upwards.
    const roundUp = rest.charCodeAt(0) - 48 >= 5;
    let h = BigInt(head);
    if (roundUp) h += 1n;
    digits = h.toString();
    if (digits.length > PREC) {
      point++;
    }
    digits = digits.slice(0, PREC);
  }
  digits = digits.replace(/0+$/, '') || '0';
  const x = point - 1; // Decimal exponent of the first digit.
  if (x < -4 || x >= PREC) {
    const mant = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const ex = Math.abs(x);
    return `${sign}${mant}e${x < 0 ? '-' : '+'}${ex < 10 ? '0' + ex : ex}`;
  }
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
