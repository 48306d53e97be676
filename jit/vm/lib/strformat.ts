// string.format: LuaJIT's format parser and conversions, byte for byte. (lj_strfmt.c, lj_strfmt_num.c)
//
// LuaJIT formats floats from the exact binary value and rounds a decimal tie away from zero
// (%.0f of 2.5 is "3"), which is what JS's toFixed/toExponential do too; past their ranges an exact
// BigInt expansion takes over. Integers go through a 64-bit conversion as the C casts do.
import { u32 } from '../heap.js';
import { T } from '../obj.js';
import { copyTV } from '../value.js';
import { metaLookup, strOrNumText } from '../meta.js';
import { toStringRaw } from '../api.js';
import { LuaState } from '../state.js';
import { call } from '../interp.js';
import { MM } from '../../bytecode/bcdef.js';
import * as aux from './aux.js';
import type { LibFunc } from './base.js';
import { Fault } from '../fault.js';

// -- Format specs -----------------------------------------------------------------------

const F_LEFT = 1, F_PLUS = 2, F_ZERO = 4, F_SPACE = 8, F_ALT = 16, F_UPPER = 32;
/** Width and precision take at most two digits each. */
const MAX_SPEC_DIGITS = 2;
const NO_PREC = -1;
const CH_PCT = 37, CH_0 = 48, CH_9 = 57, CH_SPACE = 32, CH_DOT = 46;

const enum Kind { INT, UINT, NUM, STR, QUOTED, CHAR, PTR }

/** Conversion letter -> kind (upper-case letters set F_UPPER). */
const CONVERSIONS: Record<string, Kind> = {
  d: Kind.INT, i: Kind.INT, u: Kind.UINT, x: Kind.UINT, X: Kind.UINT, o: Kind.UINT,
  e: Kind.NUM, E: Kind.NUM, f: Kind.NUM, F: Kind.NUM, g: Kind.NUM, G: Kind.NUM, a: Kind.NUM, A: Kind.NUM,
  c: Kind.CHAR, s: Kind.STR, q: Kind.QUOTED, p: Kind.PTR,
};

interface Spec { flags: number; width: number; prec: number; conv: string; kind: Kind }

const TWO63 = 9223372036854775808;
const TWO64 = 18446744073709551616;
const INT64_MIN = -(1n << 63n);

/** C's (int64_t) cast of a double as x86-64 does it: out of range and NaN give INT64_MIN. */
function toInt64(x: number): bigint {
  return x >= -TWO63 && x < TWO63 ? BigInt(Math.trunc(x)) : INT64_MIN;
}

// -- Padding ------------------------------------------------------------------------------

/** Lay out prefix (sign, "0x") and body in the field: spaces, or zeros between prefix and body. */
function pad(flags: number, width: number, prefix: string, body: string, zeroOk: boolean): string {
  const n = width - prefix.length - body.length;
  if (n <= 0) return prefix + body;
  if (flags & F_LEFT) return prefix + body + ' '.repeat(n);
  if (zeroOk && (flags & F_ZERO)) return prefix + '0'.repeat(n) + body;
  return ' '.repeat(n) + prefix + body;
}

// -- Integers (lj_strfmt_putfxint) ----------------------------------------------------------

/**
 * k: the integer value (number when exact, else the 64-bit value as BigInt); unsigned wraps to 64 bits.
 * keepZero: Fault.FMT_ZERO_PREC (planted, tests only).
 */
function fmtInt(sp: Spec, k: number | bigint, signed: boolean, keepZero = false): string {
  let flags = sp.flags;
  let prefix = '';
  let neg = k < 0;
  if (signed) {
    if (neg) prefix = '-'; else if (flags & F_PLUS) prefix = '+'; else if (flags & F_SPACE) prefix = ' ';
  } else if (neg) {
    k = BigInt.asUintN(64, BigInt(k));
    neg = false;
  }
  let prec = sp.prec;
  if (prec >= 0 && !keepZero) flags &= ~F_ZERO; // a precision turns off zero padding
  const c = sp.conv;
  let digits: string;
  if (k === 0 || k === 0n) {
    digits = prec !== 0 || (c === 'o' && (flags & F_ALT)) ? '0' : '';
  } else {
    const radix = c === 'x' || c === 'X' ? 16 : c === 'o' ? 8 : 10;
    digits = k.toString(radix);
    if (neg) digits = digits.slice(1);
    if (c === 'X') digits = digits.toUpperCase();
    if (radix === 16 && (flags & F_ALT)) prefix = c === 'X' ? '0X' : '0x';
    if (radix === 8 && (flags & F_ALT)) digits = '0' + digits;
  }
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  return pad(flags, sp.width, prefix, digits, true);
}

// -- Floats (lj_strfmt_wfnum) ----------------------------------------------------------------

/** JS toFixed's limits: at most 100 decimals, and below 1e21 (else it switches to exponents). */
const MAX_JS_DIGITS = 100;
const JS_FIXED_LIMIT = 1e21;

const f64buf = new DataView(new ArrayBuffer(8));

/** ax (finite, >= 0) with d decimals, exact, ties away from zero. */
function fixedDigits(ax: number, d: number): string {
  if (ax < JS_FIXED_LIMIT && d <= MAX_JS_DIGITS) return ax.toFixed(d);
  f64buf.setFloat64(0, ax);
  const hi = f64buf.getUint32(0), lo = f64buf.getUint32(4);
  const be = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (be !== 0) m |= 1n << 52n;
  const e2 = (be === 0 ? 1 : be) - 1075; // ax = m * 2^e2
  let q: bigint;
  if (e2 >= 0) {
    q = (m << BigInt(e2)) * 10n ** BigInt(d);
  } else {
    const k = BigInt(-e2);
    const scaled = m * 10n ** BigInt(d);
    q = scaled >> k;
    const rem = scaled - (q << k);
    if (rem << 1n >= 1n << k) q++; // half rounds up
  }
  let s = q.toString();
  if (d === 0) return s;
  if (s.length <= d) s = '0'.repeat(d - s.length + 1) + s;
  return s.slice(0, s.length - d) + '.' + s.slice(s.length - d);
}

/** Mantissa digits and decimal exponent of ax rounded to p decimals in %e form. */
function expParts(ax: number, p: number): [string, number] {
  const s = ax.toExponential(p);
  const i = s.indexOf('e');
  return [s.slice(0, i), parseInt(s.slice(i + 1), 10)];
}

function expString(mant: string, e: number, upper: boolean): string {
  const ae = Math.abs(e);
  return `${mant}${upper ? 'E' : 'e'}${e < 0 ? '-' : '+'}${ae < 10 ? '0' : ''}${ae}`;
}

const stripZeros = (s: string): string => (s.indexOf('.') < 0 ? s : s.replace(/0+$/, '').replace(/\.$/, ''));

/** %a: hexadecimal mantissa, shortest exact by default; rounding may carry into a leading 2. */
function hexFloat(ax: number, prec: number, flags: number): [string, string] {
  f64buf.setFloat64(0, ax);
  const hi = f64buf.getUint32(0), lo = f64buf.getUint32(4);
  let e = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (e !== 0) {
    m |= 1n << 52n;
    e -= 1023;
  } else if (m !== 0n) { // subnormal: normalise so that bit 52 leads
    const shift = 53 - m.toString(2).length;
    e = -1022 - shift;
    m <<= BigInt(shift);
  }
  if (prec < 0) {
    const bits = (m | (1n << 52n)).toString(2);
    const ctz = bits.length - 1 - bits.lastIndexOf('1');
    prec = 13 - (ctz >> 2);
  } else if (prec < 13) {
    m += 1n << BigInt(51 - prec * 4);
  }
  const upper = (flags & F_UPPER) !== 0;
  let body = (m >> 52n).toString();
  if (prec !== 0 || (flags & F_ALT)) {
    let frac: string;
    if (prec < 13) {
      frac = prec === 0 ? '' : (m >> BigInt(52 - prec * 4) & ((1n << BigInt(prec * 4)) - 1n)).toString(16).padStart(prec, '0');
    } else {
      frac = (m & ((1n << 52n) - 1n)).toString(16).padStart(13, '0') + '0'.repeat(prec - 13);
    }
    body += '.' + frac;
  }
  body += `p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
  if (upper) body = body.toUpperCase();
  return [upper ? '0X' : '0x', body];
}

function fmtFloat(sp: Spec, n: number): string {
  const flags = sp.flags;
  const upper = (flags & F_UPPER) !== 0;
  if (n !== n || n === Infinity || n === -Infinity) {
    // nan never shows a sign (only the space flag); '0' padding does not apply.
    let prefix = '';
    if (n !== n) { if (flags & F_SPACE) prefix = ' '; } else if (n < 0) prefix = '-';
    else if (flags & F_PLUS) prefix = '+'; else if (flags & F_SPACE) prefix = ' ';
    const body = n !== n ? 'nan' : 'inf';
    return pad(flags, sp.width, prefix, upper ? body.toUpperCase() : body, false);
  }
  let sign = '';
  if (n < 0 || (n === 0 && 1 / n < 0)) sign = '-'; else if (flags & F_PLUS) sign = '+'; else if (flags & F_SPACE) sign = ' ';
  const ax = Math.abs(n);
  const alt = (flags & F_ALT) !== 0;
  const c = sp.conv.toLowerCase();
  let body: string;
  if (c === 'a') {
    const [px, b] = hexFloat(ax, sp.prec, flags);
    return pad(flags, sp.width, sign + px, b, true);
  } else if (c === 'f') {
    const p = sp.prec < 0 ? 6 : sp.prec;
    body = fixedDigits(ax, p);
    if (p === 0 && alt) body += '.';
  } else if (c === 'e') {
    const p = sp.prec < 0 ? 6 : sp.prec;
    const [mant, e] = expParts(ax, p);
    body = expString(p === 0 && alt ? mant + '.' : mant, e, upper);
  } else {
    const P = sp.prec < 0 ? 6 : sp.prec === 0 ? 1 : sp.prec;
    const [mant, x] = expParts(ax, P - 1);
    if (P > x && x >= -4) { // %g picks %f style for moderate exponents
      const d = P - 1 - x;
      body = fixedDigits(ax, d);
      if (!alt) body = stripZeros(body); else if (d === 0) body += '.';
    } else {
      body = expString(!alt ? stripZeros(mant) : P === 1 ? mant + '.' : mant, x, upper);
    }
  }
  return pad(flags, sp.width, sign, body, true);
}

// -- Strings ----------------------------------------------------------------------------------

/** %q: quote so that the Lua lexer reads the same bytes back. */
function quoted(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 92 || c === 10) { // " \ newline
      out += '\\' + s[i];
    } else if (c < 32 || c === 127) {
      // Control bytes as decimal escapes, padded to three digits only when a digit follows.
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      out += '\\' + (next >= CH_0 && next <= CH_9 ? String(c).padStart(3, '0') : String(c));
    } else {
      out += s[i];
    }
  }
  return out + '"';
}

function fmtStr(sp: Spec, s: string): string {
  if (sp.prec >= 0 && s.length > sp.prec) s = s.slice(0, sp.prec);
  return pad(sp.flags, sp.width, '', s, false);
}

/** The text %s shows for slot o: strings as they are, else __tostring (called once), else tostring's raw form. */
function strArg(L: LuaState, o: number, scratch: number): string {
  if (u32[(o << 1) + 1] === T.STR) return strOrNumText(L.g, o);
  const mo = metaLookup(L.g, o, MM.tostring);
  if (mo >= 0) {
    copyTV(scratch, mo);
    copyTV(scratch + 2, o);
    call(L, scratch, 1, 1);
    return toStringRaw(L, scratch);
  }
  return toStringRaw(L, o);
}

// -- The parser (lj_strfmt_parse) ------------------------------------------------------------

const isDig = (c: number): boolean => c >= CH_0 && c <= CH_9;

/** A parsed format: literal text, a conversion, or a bad option (raised when reached, after earlier args). */
type Item = string | Spec | { error: string };

/** Split a format string into items. */
function parse(fmt: string): Item[] {
  const len = fmt.length;
  const at = (i: number): number => (i < len ? fmt.charCodeAt(i) : 0);
  const items: Item[] = [];
  let lit = 0;
  let p = 0;
  while (p < len) {
    if (at(p) !== CH_PCT) { p++; continue; }
    if (at(p + 1) === CH_PCT) { items.push(fmt.slice(lit, p + 1)); p += 2; lit = p; continue; }
    if (p > lit) items.push(fmt.slice(lit, p));
    const start = p++;
    let flags = 0;
    for (;; p++) {
      const c = at(p);
      if (c === 45) flags |= F_LEFT;           // -
      else if (c === 43) flags |= F_PLUS;      // +
      else if (c === CH_0) flags |= F_ZERO;
      else if (c === CH_SPACE) flags |= F_SPACE;
      else if (c === 35) flags |= F_ALT;       // #
      else break;
    }
    let width = 0;
    for (let k = 0; k < MAX_SPEC_DIGITS && isDig(at(p)); k++) width = width * 10 + at(p++) - CH_0;
    let prec = NO_PREC;
    if (at(p) === CH_DOT) {
      p++;
      prec = 0;
      for (let k = 0; k < MAX_SPEC_DIGITS && isDig(at(p)); k++) prec = prec * 10 + at(p++) - CH_0;
    }
    const conv = p < len ? fmt[p] : '';
    const kind = CONVERSIONS[conv];
    if (kind === undefined) {
      // The option is quoted up to and including the bad byte, unless that is a control byte.
      const end = at(p) >= CH_SPACE ? p + 1 : p;
      items.push({ error: `invalid option '${fmt.slice(start, end)}' to 'format'` });
      return items;
    }
    p++;
    lit = p;
    if (conv >= 'A' && conv <= 'Z') flags |= F_UPPER;
    items.push({ flags, width, prec, conv, kind });
  }
  if (p > lit) items.push(fmt.slice(lit, p));
  return items;
}

/** Parsed formats by text: programs format with a handful of constant strings. */
const fmtCache = new Map<string, Item[]>();
const FMT_CACHE_MAX = 256;

function parsed(fmt: string): Item[] {
  let items = fmtCache.get(fmt);
  if (items === undefined) {
    items = parse(fmt);
    if (fmtCache.size >= FMT_CACHE_MAX) fmtCache.clear();
    fmtCache.set(fmt, items);
  }
  return items;
}

// -- The driver (lj_strfmt_putarg) ----------------------------------------------------------

/** Largest magnitude handled with plain numbers rather than BigInt. */
const SAFE = 9007199254740992;

function format(L: LuaState, base: number, nargs: number): number {
  const items = parsed(aux.checkStr(L, base, nargs, 1));
  const scratch = base + nargs + 1;
  let out = '';
  let arg = 1;
  for (let ii = 0; ii < items.length; ii++) {
    const sp = items[ii];
    if (typeof sp === 'string') { out += sp; continue; }
    if ('error' in sp) L.callerError(sp.error);
    arg++;
    if (arg > nargs) aux.argError(L, arg, 'value expected');
    switch (sp.kind) {
      case Kind.INT: {
        const n = aux.checkNumber(L, base, nargs, arg);
        if (sp.flags === 0 && sp.width === 0 && sp.prec === NO_PREC && n >= -2147483648 && n < 2147483648) {
          out += String(Math.trunc(n) | 0); // plain %d of an int32 value
        } else {
          out += fmtInt(sp, n > -SAFE && n < SAFE ? Math.trunc(n) : toInt64(n), true, (L.g.faults & Fault.FMT_ZERO_PREC) !== 0);
        }
        break;
      }
      case Kind.UINT: {
        const n = aux.checkNumber(L, base, nargs, arg);
        out += fmtInt(sp, n >= 0 && n < SAFE ? Math.trunc(n) : n >= TWO63 ? toInt64(n - TWO64) : toInt64(n), false,
          (L.g.faults & Fault.FMT_ZERO_PREC) !== 0);
        break;
      }
      case Kind.NUM:
        out += fmtFloat(sp, aux.checkNumber(L, base, nargs, arg));
        break;
      case Kind.STR:
        out += fmtStr(sp, strArg(L, base + arg - 1, scratch));
        break;
      case Kind.QUOTED:
        out += quoted(strArg(L, base + arg - 1, scratch));
        break;
      case Kind.CHAR:
        out += pad(sp.flags, sp.width, '', String.fromCharCode(aux.checkInt(L, base, nargs, arg) & 0xff), false);
        break;
      case Kind.PTR: {
        const o = base + arg - 1;
        const tag = u32[(o << 1) + 1];
        const ptr = tag < T.ISNUM || tag >= T.ISPRI ? 0 : u32[o << 1];
        out += ptr === 0 ? 'NULL' : '0x' + ptr.toString(16).padStart(8, '0');
        break;
      }
    }
  }
  L.setStr(base, out);
  return 1;
}

export const formatLib: Record<string, LibFunc> = { format };
