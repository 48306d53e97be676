// String to number conversion: the one scanner behind the lexer, tonumber(), string coercion in
// arithmetic and the for-loop, as LuaJIT's lj_strscan with STRSCAN_OPT_TONUM. (lj_strscan.c)
//
// Accepted: optional surrounding whitespace and sign; decimal with optional fraction and exponent;
// 0x hex with optional fraction and binary exponent (p); 0b binary; inf, infinity, nan (any case).
// Decimal text is converted by JS (correctly rounded, as strscan_dec); hex and binary go through a
// 64-bit mantissa with a sticky bit and LuaJIT's denormal pre-rounding, so they round as LuaJIT does.
import { u32, f64 } from './heap.js';
import { T } from './obj.js';
import { ldexp } from './vmmath.js';
import type { Global } from './state.js';

/** Exponents at or beyond this are malformed (STRSCAN_MAXEXP). */
const MAXEXP = 1 << 20;

const CH_0 = 48, CH_9 = 57, CH_DOT = 46, CH_PLUS = 43, CH_MINUS = 45;
const isDigit = (c: number): boolean => c >= CH_0 && c <= CH_9;
const isXDigit = (c: number): boolean => isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 102);
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
/** Lower-case ASCII letter test, as casecmp. */
const is = (c: number, lower: string): boolean => (c | 32) === lower.charCodeAt(0);

/** The number `s` denotes, or undefined if it is not a number (lj_strscan_num). */
export function strscan(s: string): number | undefined {
  const n = s.length;
  // C strings end at NUL; an embedded NUL leaves text after the end: not a number.
  const at = (i: number): number => (i < n ? s.charCodeAt(i) : 0);
  let p = 0;
  let neg = false;
  if (!isDigit(at(p))) {
    while (isSpace(at(p))) p++;
    if (at(p) === CH_PLUS || at(p) === CH_MINUS) neg = at(p++) === CH_MINUS;
    if (at(p) >= 65) { // "inf", "infinity" or "nan"
      let v = NaN;
      if (is(at(p), 'i') && is(at(p + 1), 'n') && is(at(p + 2), 'f')) {
        v = neg ? -Infinity : Infinity;
        p += 3;
        if (is(at(p), 'i') && is(at(p + 1), 'n') && is(at(p + 2), 'i') && is(at(p + 3), 't') && is(at(p + 4), 'y')) p += 5;
      } else if (is(at(p), 'n') && is(at(p + 1), 'a') && is(at(p + 2), 'n')) {
        p += 3;
      }
      while (isSpace(at(p))) p++;
      return p < n ? undefined : v;
    }
  }
  let base = 10;
  let digit = isDigit;
  let dot = -1;
  let hasdig = false;
  if (at(p) <= CH_0) {
    if (at(p) === CH_0) {
      if (is(at(p + 1), 'x')) { base = 16; digit = isXDigit; p += 2; }
      else if (is(at(p + 1), 'b')) { base = 2; p += 2; }
    }
    for (;; p++) {
      if (at(p) === CH_0) hasdig = true;
      else if (at(p) === CH_DOT) { if (dot >= 0) return undefined; dot = p; }
      else break;
    }
  }
  // Significant digits from `sp` (the dot, if any, among them), `dig` of them.
  const sp = p;
  let dig = 0;
  for (;; p++) {
    const c = at(p);
    if (c !== 0 && digit(c)) dig++;
    else if (c === CH_DOT) { if (dot >= 0) return undefined; dot = p; }
    else break;
  }
  if (!hasdig && dig === 0) return undefined;
  let ex = 0;
  if (dot >= 0) {
    if (base === 2) return undefined;
    if (dig > 0) {
      // Digits after the dot scale the mantissa down (trailing zeros do not count).
      let q = p - 1;
      ex = dot - q;
      while (ex < 0 && at(q) === CH_0) { ex++; dig--; q--; }
      if (ex <= -MAXEXP) return undefined;
      if (base === 16) ex *= 4;
    }
  }
  if (base >= 10 && is(at(p), base === 16 ? 'p' : 'e')) {
    p++;
    let negx = false;
    if (at(p) === CH_PLUS || at(p) === CH_MINUS) negx = at(p++) === CH_MINUS;
    if (!isDigit(at(p))) return undefined;
    let xx = at(p++) - CH_0;
    while (isDigit(at(p))) {
      xx = xx * 10 + (at(p) - CH_0);
      if (xx >= MAXEXP) return undefined;
      p++;
    }
    ex += negx ? -xx : xx;
  }
  while (isSpace(at(p))) p++;
  if (p < n) return undefined; // a suffix (LL, i: cdata in LuaJIT's FFI) or anything else
  const digits = collectDigits(s, sp, dig);
  let v: number;
  if (base === 10) v = digits === '' ? 0 : Number(`${digits}e${ex}`);
  else if (base === 16) v = scanBinary(digits, 4, ex);
  else if (ex !== 0 || dig > 64 || /[^01]/.test(digits)) return undefined;
  else v = scanBinary(digits, 1, 0);
  return neg ? -v : v;
}

/** The `dig` significant digits from `sp`, skipping the dot. */
function collectDigits(s: string, sp: number, dig: number): string {
  let out = '';
  for (let i = sp; out.length < dig; i++) if (s.charCodeAt(i) !== CH_DOT) out += s[i];
  return out;
}

const M64 = (1n << 64n) - 1n;

/** Hex or binary digits times 2^ex2, rounded as strscan_hex/strscan_bin with strscan_double. */
function scanBinary(digits: string, bits: number, ex2: number): number {
  const maxDig = 64 / bits;
  let x = 0n;
  const nd = Math.min(digits.length, maxDig);
  for (let i = 0; i < nd; i++) x = (x << BigInt(bits)) | BigInt(parseInt(digits[i], 16));
  // Excess digits only matter as a sticky bit.
  for (let i = maxDig; i < digits.length; i++) {
    if (digits[i] !== '0') x |= 1n;
    ex2 += bits;
  }
  x &= M64;
  if ((x & 0xc000000000000000n) !== 0n) { x = (x >> 2n) | (x & 3n); ex2 += 2; }
  // Avoid double rounding for denormals.
  if (ex2 <= -1075 && x !== 0n) {
    const b = x.toString(2).length - 1;
    if (b + ex2 <= -1023 && b + ex2 >= -1075) {
      const rb = 1n << BigInt(-1075 - ex2);
      if ((x & rb) !== 0n && (x & (rb + rb + rb - 1n)) !== 0n) x += rb + rb;
      x &= ~(rb + rb - 1n);
    }
  }
  const v = Number(x);
  return ex2 !== 0 ? ldexp(v, ex2) : v;
}

/** tonumber(s, base) for bases 2..36: integer digits only; undefined if not a number. */
export function strToNumBase(s: string, base: number): number | undefined {
  let i = 0, e = s.length;
  while (i < e && isSpace(s.charCodeAt(i))) i++;
  while (e > i && isSpace(s.charCodeAt(e - 1))) e--;
  let neg = false;
  if (s[i] === '-') { neg = true; i++; }
  if (base === 16 && s[i] === '0' && (s[i + 1] === 'x' || s[i + 1] === 'X')) i += 2;
  if (i >= e) return undefined;
  let v = 0;
  for (; i < e; i++) {
    const c = s.charCodeAt(i);
    const lc = c | 32;
    const d = isDigit(c) ? c - CH_0 : lc >= 97 && lc <= 122 ? lc - 87 : 99;
    if (d >= base) return undefined;
    v = v * base + d;
  }
  return neg ? -v : v;
}

/** The number value of slot s: a number, or a string that converts (lj_strscan_numberobj); else undefined. */
export function tonumberOf(g: Global, s: number): number | undefined {
  const tag = u32[(s << 1) + 1];
  if (tag < T.ISNUM) return f64[s];
  if (tag === T.STR) return strscan(g.strs.text(u32[s << 1]));
  return undefined;
}
