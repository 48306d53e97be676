// The bit library: 32-bit operations on numbers, results as signed integers. (lib_bit.c)
import { f64 } from '../heap.js';
import type { LuaState } from '../state.js';
import * as aux from './aux.js';
import { register, setGlobal, type LibFunc } from './base.js';
import { tobit, bswap, rol, ror } from '../vmmath.js';

/** tohex's digit count when the second argument is absent. */
const TOHEX_DEFAULT = 8;
/** tohex keeps (|n| + 1) & PREC_MASK as precision + 1 (lj_strfmt's 8-bit precision field). */
const PREC_MASK = 255;
/** Hex digits in a 32-bit value: fewer requested digits mask the value. */
const HEX_DIGITS_32 = 8;
const BITS_PER_DIGIT = 4;

/** Argument i as a 32-bit integer: a number or numeric string, reduced by tobit (lj_carith_check64). */
const checkBit = (L: LuaState, base: number, nargs: number, i: number): number =>
  tobit(aux.checkNumber(L, base, nargs, i));

/** Store a 32-bit result in slot base. */
function resBit(base: number, x: number): number {
  f64[base] = x;
  return 1;
}

const unary = (op: (x: number) => number): LibFunc => (L, base, nargs) =>
  resBit(base, op(checkBit(L, base, nargs, 1)));

/** Shifts and rotates: the count is reduced to 32 bits, then x86's shift instructions use its low 5 bits. */
const shift = (op: (x: number, n: number) => number): LibFunc => (L, base, nargs) => {
  const x = checkBit(L, base, nargs, 1);
  return resBit(base, op(x, checkBit(L, base, nargs, 2)));
};

/** band/bor/bxor: one or more arguments, each checked in order. */
const nary = (op: (a: number, b: number) => number): LibFunc => (L, base, nargs) => {
  let r = checkBit(L, base, nargs, 1);
  for (let i = 2; i <= nargs; i++) r = op(r, checkBit(L, base, nargs, i));
  return resBit(base, r);
};

/**
 * bit.tohex(x [, n]): |n| hex digits of x (lower case, upper case for negative n), as lj_strfmt_putfxint
 * formats it: fewer than 8 digits mask x; the precision field is 8 bits wide, so |n| wraps modulo 256
 * (255 means "no precision": as many digits as needed); n = -2^31 stays negative and gives "".
 */
function tohex(L: LuaState, base: number, nargs: number): number {
  let b = checkBit(L, base, nargs, 1) >>> 0;
  let n = nargs >= 2 ? checkBit(L, base, nargs, 2) : TOHEX_DEFAULT;
  const upper = n < 0;
  if (upper) n = -n | 0;
  const prec = ((n + 1) & PREC_MASK) - 1;
  if (n < HEX_DIGITS_32) b = n > 0 ? (b & ((1 << (BITS_PER_DIGIT * n)) - 1)) >>> 0 : 0;
  let s = b === 0 ? (prec !== 0 ? '0' : '') : b.toString(16);
  if (upper) s = s.toUpperCase();
  if (s.length < prec) s = '0'.repeat(prec - s.length) + s;
  L.setStr(base, s);
  return 1;
}

const lib: Record<string, LibFunc> = {
  tobit: unary((x) => x),
  bnot: unary((x) => ~x),
  bswap: unary(bswap),
  lshift: shift((x, n) => x << n),
  rshift: shift((x, n) => (x >>> n) | 0),
  arshift: shift((x, n) => x >> n),
  rol: shift(rol),
  ror: shift(ror),
  band: nary((a, b) => a & b),
  bor: nary((a, b) => a | b),
  bxor: nary((a, b) => a ^ b),
  tohex,
};

export function openBit(L: LuaState): void {
  const t = L.newTab(0, 4);
  register(L, t, lib);
  setGlobal(L, 'bit', t);
}
