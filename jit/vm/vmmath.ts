// Lua's arithmetic on numbers, defined once: the interpreter, the metamethod fallbacks, the
// compiler's constant folding, the math library and later FOLD and the IR executor use these. (lj_vmmath.c)
import * as libm from './libm.js';

/** Arithmetic operators in LuaJIT's ORDER ARITH (MM add..unm, the ADDVV.. opcode block, IR ADD..NEG). */
export const enum ArithOp { ADD, SUB, MUL, DIV, MOD, POW, UNM }

/** a % b as Lua defines it: a - floor(a/b)*b (lj_vm_modi's formula, in doubles). */
export const mod = (a: number, b: number): number => a - Math.floor(a / b) * b;

/** a ^ b: the C library's pow, as LuaJIT's interpreter calls it (V8's Math.pow differs in the last bit). */
export const pow = libm.pow;

/**
 * Fault.POW_EXP_LOG's pow (planted, tests only): the textbook exp(y * log(x)) for x > 0, off in the
 * last bits for many arguments (3 ^ 5 comes out 243.00000000000017) where C's pow is exact.
 */
export function powExpLog(a: number, b: number): number {
  return a > 0 && Number.isFinite(a) && Number.isFinite(b) ? libm.exp(b * libm.log(a)) : pow(a, b);
}

/** One arithmetic operation (lj_vm_foldarith). */
export function arith(op: ArithOp, a: number, b: number): number {
  switch (op) {
    case ArithOp.ADD: return a + b;
    case ArithOp.SUB: return a - b;
    case ArithOp.MUL: return a * b;
    case ArithOp.DIV: return a / b;
    case ArithOp.MOD: return mod(a, b);
    case ArithOp.POW: return pow(a, b);
    default: return -a;
  }
}

/** m * 2^e, rounded once (C's ldexp): intermediate powers of two stay finite and normal. */
export function ldexp(m: number, e: number): number {
  let r = m;
  while (e > 1000) { r *= 2 ** 1000; e -= 1000; }
  while (e < -1000) { r *= 2 ** -1000; e += 1000; }
  return r * 2 ** e;
}

/** C's (int32_t) cast of a double as x64's cvttsd2si does it: out of range gives INT_MIN (lj_num2int). */
export function num2int(x: number): number {
  return x >= -2147483648 && x < 2147483648 ? Math.trunc(x) | 0 : -2147483648;
}

// -- 32-bit integer operations (the bit library, BNOT..BROR folding) ---------------------

/** 2^52 + 2^51: adding it leaves a number's value, rounded to an integer, in the low word of its bits. */
const TOBIT_BIAS = 6755399441055744;
const tobitBuf = new Float64Array(1);
const tobitLo = new Int32Array(tobitBuf.buffer); // little-endian: [0] is the low word

/**
 * A number reduced to a signed 32-bit integer as LuaJIT does (lj_num2bit): the low word of x + 2^52+2^51.
 * Integers wrap modulo 2^32, halves round to even, NaN and +-inf give 0, huge values their low mantissa bits.
 */
export function tobit(x: number): number {
  if ((x | 0) === x) return x | 0; // already an int32 (also maps -0 to 0)
  tobitBuf[0] = x + TOBIT_BIAS;
  return tobitLo[0];
}

/** Byte order of an int32 reversed (bit.bswap, IR BSWAP). */
export const bswap = (x: number): number =>
  (x << 24) | ((x & 0xff00) << 8) | ((x >>> 8) & 0xff00) | (x >>> 24);

/** x rotated left by n & 31 bits, as a signed int32 (bit.rol, IR BROL). */
export const rol = (x: number, n: number): number => (x << n) | (x >>> (32 - (n & 31)));

/** x rotated right by n & 31 bits, as a signed int32 (bit.ror, IR BROR). */
export const ror = (x: number, n: number): number => (x >>> n) | (x << (32 - (n & 31)));
