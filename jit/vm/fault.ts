// Planted bugs, for tests only: each Fault bit makes one part of the VM wrong in one known way, so
// the fuzz harness can be shown to find and separate real VM bugs (issue 13). Never set by luats:
// only RunOptions.faults (test-only) writes Global.faults; 0 means the VM is exact.
//
// Each bug is one a real implementation could have, and fires only under a narrow condition that
// the program generator (fuzz/generator) does reach, and shows in the value of the faulty operation
// itself, so the harness's precise signature names it. The checks sit on paths that are already
// slow (library functions, the non-number path of comparisons, the libm call of `^`, a table read
// that missed).

/** One bit per planted bug. */
export const enum Fault {
  /**
   * `x ^ y` (the POW instruction) for x > 0 computed as exp(y * log(x)): off in the last bits where C's
   * pow is exact or correctly rounded (3 ^ 5 = 243.00000000000017), which % and floor then show (vmmath.ts).
   */
  POW_EXP_LOG = 1 << 0,
  /** tostring(-0) returns "0": the sign of a negative zero is lost (lib/base.ts). */
  TOSTRING_NEG_ZERO = 1 << 1,
  /** string.sub(s, i, j) with j <= -2 ends one byte early: j maps to len+j instead of len+j+1 (lib/string.ts). */
  SUB_NEG_END = 1 << 2,
  /**
   * table.concat writes number elements as JavaScript's String() does, not as %.14g: 1/3, 2^53 - 1,
   * inf, nan and -0 come out longer or spelled differently (lib/table.ts).
   */
  TCONCAT_HOST_NUM = 1 << 3,
  /**
   * Ordered string comparison looks at the common length only, without the tie-break by length:
   * a proper prefix compares equal to the longer string ("a" < "ab" is false, "ab" <= "a" true). In
   * the comparison instructions only (interp.ts passes the faults to meta.ts comp); table.sort is exact.
   */
  STR_CMP_PREFIX = 1 << 4,
  /**
   * t[k] with a non-integral number key that is not in the table reads t[k | 0]: the key truncated
   * to an integer, as an array-part check without the integrality test would (t[2.5] gives t[2])
   * (interp.ts TGETV).
   */
  FLOAT_KEY_TRUNC = 1 << 5,
  /** string.format's integer conversions keep the '0' flag with a precision ("%05.2d" pads with zeros) (lib/strformat.ts). */
  FMT_ZERO_PREC = 1 << 6,
  /** math.abs of an integral argument goes through int32: |x| >= 2^31 wraps (abs(2^31) = -2^31) (lib/math.ts). */
  ABS_INT32 = 1 << 7,
  /** coroutine.status of a coroutine that resumed the caller says "running" instead of "normal" (lib/coroutine.ts). */
  CO_STATUS_NORMAL = 1 << 8,
}

/** Each fault by name (the const enum has no runtime names), as tests name them. */
export const FAULTS: readonly (readonly [string, Fault])[] = [
  ['POW_EXP_LOG', Fault.POW_EXP_LOG],
  ['TOSTRING_NEG_ZERO', Fault.TOSTRING_NEG_ZERO],
  ['SUB_NEG_END', Fault.SUB_NEG_END],
  ['TCONCAT_HOST_NUM', Fault.TCONCAT_HOST_NUM],
  ['STR_CMP_PREFIX', Fault.STR_CMP_PREFIX],
  ['FLOAT_KEY_TRUNC', Fault.FLOAT_KEY_TRUNC],
  ['FMT_ZERO_PREC', Fault.FMT_ZERO_PREC],
  ['ABS_INT32', Fault.ABS_INT32],
  ['CO_STATUS_NORMAL', Fault.CO_STATUS_NORMAL],
];

/** Every fault at once. */
export const ALL_FAULTS: number = FAULTS.reduce((m, [, f]) => m | f, 0);

/**
 * Fault bits from a list of names: "all", or names separated by commas (case-insensitive, blanks
 * ignored). Throws on an unknown name, so a typo never silently plants nothing.
 */
export function parseFaults(text: string): number {
  let m = 0;
  for (const raw of text.split(',')) {
    const name = raw.trim().toUpperCase();
    if (name === '') continue;
    if (name === 'ALL') { m |= ALL_FAULTS; continue; }
    const f = FAULTS.find(([n]) => n === name);
    if (f === undefined) throw new Error(`unknown fault '${raw.trim()}' (known: all, ${FAULTS.map(([n]) => n).join(', ')})`);
    m |= f[1];
  }
  return m;
}
