// The math library. (lib_math.c, and the math fast functions of vm_x64.dasc)
import { u32, f64 } from '../heap.js';
import { T } from '../obj.js';
import { LuaState } from '../state.js';
import * as aux from './aux.js';
import { register, registerLua, setGlobal, type LibFunc } from './base.js';
import { pow, ldexp } from '../vmmath.js';
import * as libm from '../libm.js';
import { prngOf, random, randomseed } from './random.js';
import { Fault } from '../fault.js';

/** A one-argument math function: result in slot base. */
const fn1 = (f: (x: number) => number): LibFunc => (L, base, nargs) => {
  f64[base] = f(aux.checkNumber(L, base, nargs, 1));
  return 1;
};

// -- Rounding as the interpreter does it ----------------------------------------------

/** 2^52: from here on every double is an integer. */
const TWO_P52 = 4503599627370496;

const isNegative = (x: number): boolean => x < 0 || Object.is(x, -0);

/**
 * math.ceil as LuaJIT's interpreter computes it (vm_ceil_sse): |x| rounded to nearest with the sign put
 * back, then +1 when below x. So x in (-1, -0.5) gives +0 where C's ceil gives -0 (-0.5..-0 keep -0).
 */
function vmCeil(x: number): number {
  const a = Math.abs(x);
  if (!(a < TWO_P52)) return x; // already integral, inf or NaN
  let r = (a + TWO_P52) - TWO_P52;
  if (isNegative(x)) r = -r;
  return x > r ? r + 1 : r;
}

/** C's modf: the integer part and the fraction, both with x's sign (a -0 fraction for negative integers). */
function modf(x: number): [number, number] {
  if (x !== x) return [x, x];
  const ip = Math.trunc(x);
  if (!isFinite(x)) return [ip, x < 0 ? -0 : 0];
  const fr = x - ip;
  return [ip, fr === 0 && isNegative(x) ? -0 : fr];
}

/**
 * floor and ceil: LuaJIT's fast path reads slot BASE without checking the argument count, so a call
 * with no arguments rounds whatever number was left in that stack slot (the error path needs a non-number).
 */
const round = (f: (x: number) => number): LibFunc => (L, base, nargs) => {
  const x = nargs === 0 && u32[(base << 1) + 1] < T.ISNUM ? f64[base] : aux.checkNumber(L, base, nargs, 1);
  f64[base] = f(x);
  return 1;
};

// -- Exponent and mantissa ------------------------------------------------------------

const bitsBuf = new Float64Array(1);
const bitsW = new Uint32Array(bitsBuf.buffer); // little-endian: [1] is the high word
const EXP_SHIFT = 20;
const EXP_MASK = 0x7ff;
/** Biased exponent of the numbers in [0.5, 1). */
const EXP_HALF = 1022;
/** The high word's sign and mantissa bits. */
const SIGN_MANT_HI = 0x800fffff;
/** A scale that makes any subnormal normal. */
const SUBNORMAL_SHIFT = 64;

/** C's frexp: x = m * 2^e with 0.5 <= |m| < 1; zeros, infinities and NaN come back with e = 0. */
function frexp(x: number): [number, number] {
  if (x === 0 || !isFinite(x)) return [x, 0];
  let adj = 0;
  bitsBuf[0] = x;
  if (((bitsW[1] >>> EXP_SHIFT) & EXP_MASK) === 0) {
    bitsBuf[0] = x * 2 ** SUBNORMAL_SHIFT;
    adj = SUBNORMAL_SHIFT;
  }
  const hi = bitsW[1];
  const e = ((hi >>> EXP_SHIFT) & EXP_MASK) - EXP_HALF - adj;
  bitsW[1] = ((hi & SIGN_MANT_HI) | (EXP_HALF << EXP_SHIFT)) >>> 0;
  return [bitsBuf[0], e];
}

/** Beyond this scale every finite non-zero number overflows or underflows. */
const LDEXP_MAX_SCALE = 2200;

/**
 * math.ldexp as x87's fscale computes it: the scale is a double truncated toward zero (not an int32),
 * one rounding; fscale's invalid cases (0 * 2^inf, inf * 2^-inf) give NaN.
 */
function fscale(x: number, e: number): number {
  if (x !== x || e !== e) return NaN;
  if (e === Infinity) return x === 0 ? NaN : x * Infinity;
  if (e === -Infinity) return isFinite(x) ? x * 0 : NaN;
  if (x === 0 || !isFinite(x)) return x;
  return ldexp(x, Math.max(-LDEXP_MAX_SCALE, Math.min(LDEXP_MAX_SCALE, Math.trunc(e))));
}

// -- The functions ----------------------------------------------------------------------

const lib: Record<string, LibFunc> = {
  abs(L, base, nargs) {
    const x = aux.checkNumber(L, base, nargs, 1);
    // Fault.ABS_INT32 (planted, tests only): an integral argument taken through an int32 abs.
    f64[base] = (L.g.faults & Fault.ABS_INT32) !== 0 && Number.isInteger(x) ? Math.abs(x | 0) | 0 : Math.abs(x);
    return 1;
  },
  ceil: round(vmCeil),
  floor: round(Math.floor), // vm_floor_sse agrees with C's floor, -0 included
  sqrt: fn1(Math.sqrt),
  sin: fn1(libm.sin), cos: fn1(libm.cos), tan: fn1(libm.tan),
  asin: fn1(libm.asin), acos: fn1(libm.acos),
  sinh: fn1(libm.sinh), cosh: fn1(libm.cosh), tanh: fn1(libm.tanh),
  exp: fn1(libm.exp),
  log10: fn1(libm.log10),
  atan(L, base, nargs) {
    f64[base] = libm.atan(aux.checkNumber(L, base, nargs, 1));
    return 1;
  },
  atan2(L, base, nargs) {
    f64[base] = libm.atan2(aux.checkNumber(L, base, nargs, 1), aux.checkNumber(L, base, nargs, 2));
    return 1;
  },
  log(L, base, nargs) {
    const x = aux.checkNumber(L, base, nargs, 1);
    if (nargs >= 2) {
      // log2(x) * (1 / log2(b)), a product as in lib_math.c: log2(x) / log2(b) rounds differently.
      const y = 1 / libm.log2(aux.checkNumber(L, base, nargs, 2));
      f64[base] = libm.log2(x) * y;
    } else f64[base] = libm.log(x);
    return 1;
  },
  pow(L, base, nargs) {
    f64[base] = pow(aux.checkNumber(L, base, nargs, 1), aux.checkNumber(L, base, nargs, 2));
    return 1;
  },
  fmod(L, base, nargs) {
    f64[base] = aux.checkNumber(L, base, nargs, 1) % aux.checkNumber(L, base, nargs, 2);
    return 1;
  },
  modf(L, base, nargs) {
    const [ip, fr] = modf(aux.checkNumber(L, base, nargs, 1));
    f64[base] = ip;
    f64[base + 1] = fr;
    return 2;
  },
  frexp(L, base, nargs) {
    const [m, e] = frexp(aux.checkNumber(L, base, nargs, 1));
    f64[base] = m;
    f64[base + 1] = e;
    return 2;
  },
  ldexp(L, base, nargs) {
    f64[base] = fscale(aux.checkNumber(L, base, nargs, 1), aux.checkNumber(L, base, nargs, 2));
    return 1;
  },
  min(L, base, nargs) {
    let r = aux.checkNumber(L, base, nargs, 1);
    for (let i = 2; i <= nargs; i++) {
      const x = aux.checkNumber(L, base, nargs, i);
      r = r < x ? r : x; // minsd: an unordered pair (NaN) or equal zeros yield the later operand
    }
    f64[base] = r;
    return 1;
  },
  max(L, base, nargs) {
    let r = aux.checkNumber(L, base, nargs, 1);
    for (let i = 2; i <= nargs; i++) {
      const x = aux.checkNumber(L, base, nargs, i);
      r = r > x ? r : x;
    }
    f64[base] = r;
    return 1;
  },
  random(L, base, nargs) {
    // The number is drawn before the arguments are checked; no range checks (LuaJIT 2.1 scales
    // without validating the interval) and arguments past the second are ignored.
    let d = random(prngOf(L.g));
    if (nargs > 0) {
      const r1 = aux.checkNumber(L, base, nargs, 1);
      if (nargs === 1) d = Math.floor(d * r1) + 1;
      else d = Math.floor(d * (aux.checkNumber(L, base, nargs, 2) - r1 + 1)) + r1;
    }
    f64[base] = d;
    return 1;
  },
  randomseed(L, base, nargs) {
    randomseed(prngOf(L.g), aux.checkNumber(L, base, nargs, 1));
    return 0;
  },
};

export function openMath(L: LuaState): void {
  const t = L.newTab(0, 5);
  register(L, t, lib);
  // LuaJIT writes these two in Lua (lib_math.c LJLIB_LUA): a bad argument is an arithmetic error.
  registerLua(L, t, {
    deg: 'function(x) return x * 57.29577951308232 end',
    rad: 'function(x) return x * 0.017453292519943295 end',
  });
  f64[L.tsetStr(t, L.str('pi'))] = Math.PI;
  f64[L.tsetStr(t, L.str('huge'))] = Infinity;
  setGlobal(L, 'math', t);
}
