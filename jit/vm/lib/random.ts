// math.random's generator, bit-compatible with LuaJIT 2.1: a combined Tausworthe generator
// (L'Ecuyer's four-component, 64-bit, period 2^223). (lj_prng.c, lib_math.c)
// BigInt keeps the 64-bit arithmetic exact; random numbers are not on a hot path here.
import type { Global } from '../state.js';

const M64 = (1n << 64n) - 1n;
/** Per component: (k, q, s) of the recurrence. */
const COMPONENTS: ReadonlyArray<readonly [bigint, bigint, bigint]> = [
  [63n, 31n, 18n], [58n, 19n, 28n], [55n, 24n, 7n], [47n, 21n, 8n],
];
/** One VM's generator state: four 64-bit components (LuaJIT keeps it in the global state). */
export type Prng = bigint[];
const PRNG = Symbol('math.random');

/** The VM's generator, seeded as LuaJIT's starts (equal to randomseed(0)). */
export function prngOf(g: Global): Prng {
  return g.libState(PRNG, () => {
    const st: Prng = [0n, 0n, 0n, 0n];
    randomseed(st, 0);
    return st;
  });
}

const f64buf = new Float64Array(1);
const u64buf = new BigUint64Array(f64buf.buffer);

/** Advance all four components; the xor of their new states is the 64-bit output. */
function next64(state: Prng): bigint {
  let r = 0n;
  for (let i = 0; i < 4; i++) {
    const [k, q, s] = COMPONENTS[i];
    let z = state[i];
    const keep = (M64 << (64n - k)) & M64; // the top k bits
    z = ((((z << q) & M64) ^ z) >> (k - s)) ^ (((z & keep) << s) & M64);
    state[i] = z;
    r ^= z;
  }
  return r;
}

/** A uniform double in [0, 1): 52 output bits under the exponent of 1.0, minus 1. */
export function random(state: Prng): number {
  u64buf[0] = (next64(state) & 0x000fffffffffffffn) | 0x3ff0000000000000n;
  return f64buf[0] - 1;
}

/** Derive the four components from a double, as math.randomseed does, then warm up. */
export function randomseed(state: Prng, d: number): void {
  const minBits = [1, 6, 9, 17]; // each component needs a non-zero bit at or above 64-k
  for (let i = 0; i < 4; i++) {
    d = d * 3.14159265358979323846 + 2.7182818284590452354;
    f64buf[0] = d;
    let u = u64buf[0];
    const m = 1n << BigInt(minBits[i]);
    if (u < m) u += m;
    state[i] = u;
  }
  for (let i = 0; i < 10; i++) next64(state);
}
