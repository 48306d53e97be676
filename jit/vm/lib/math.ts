// The math library. (lib_math.c)
import { f64 } from '../heap.js';
import { T } from '../obj.js';
import { LuaState } from '../state.js';
import * as aux from './aux.js';
import { register, registerLua, setGlobal, type LibFunc } from './base.js';
import { pow, ldexp } from '../vmmath.js';
import * as libm from '../libm.js';
import { prngOf, random, randomseed } from './random.js';

/** A one-argument math function: result in slot base. */
const fn1 = (f: (x: number) => number): LibFunc => (L, base, nargs) => {
  f64[base] = f(aux.checkNumber(L, base, nargs, 1));
  return 1;
};

function frexp(x: number): [number, number] {
  if (x === 0 || x !== x || !isFinite(x)) return [x, 0];
  let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
  let m = x * Math.pow(2, -e);
  while (Math.abs(m) < 0.5) { m *= 2; e--; }
  while (Math.abs(m) >= 1) { m /= 2; e++; }
  return [m, e];
}

const lib: Record<string, LibFunc> = {
  abs: fn1(Math.abs),
  ceil: fn1(Math.ceil),
  floor: fn1(Math.floor),
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
    if (nargs >= 2 && aux.argTag(base, nargs, 2) !== T.NIL) {
      const b = aux.checkNumber(L, base, nargs, 2);
      f64[base] = b === 2 ? libm.log2(x) : b === 10 ? libm.log10(x) : libm.log(x) / libm.log(b);
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
    const x = aux.checkNumber(L, base, nargs, 1);
    const ip = x >= 0 ? Math.floor(x) : Math.ceil(x);
    f64[base] = ip;
    f64[base + 1] = isFinite(x) ? x - ip : (x !== x ? x : (x < 0 ? -0 : 0));
    return 2;
  },
  frexp(L, base, nargs) {
    const [m, e] = frexp(aux.checkNumber(L, base, nargs, 1));
    f64[base] = m;
    f64[base + 1] = e;
    return 2;
  },
  ldexp(L, base, nargs) {
    f64[base] = ldexp(aux.checkNumber(L, base, nargs, 1), aux.checkInt(L, base, nargs, 2));
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
    // No range checks: LuaJIT 2.1 scales without validating the interval.
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
