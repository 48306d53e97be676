// Traces of instrumented runs (instrument.ts): parsing, the first observation where two VMs
// differ, and the value classes a signature is made of.
import { TRACE_MARK } from './instrument.js';

/** One observation: the site number and the value as the trace wrote it ("s<bytes>" for strings). */
export interface Observation { site: number; value: string }

export interface Trace {
  /** The program's own output, before the trace. */
  output: string;
  obs: Observation[];
}

/** Split an instrumented run's output into the program's output and its trace (null: no trace). */
export function parseTrace(stdout: string): Trace | null {
  const at = stdout.lastIndexOf(TRACE_MARK);
  if (at < 0) return null;
  const text = stdout.slice(at + TRACE_MARK.length);
  const obs: Observation[] = [];
  let i = 0;
  while (i < text.length) {
    const tab = text.indexOf('\t', i);
    if (tab < 0) break;
    const site = Number(text.slice(i, tab));
    if (text[tab + 1] === 's') {
      // s<len>:<bytes>\n
      const colon = text.indexOf(':', tab + 2);
      const len = Number(text.slice(tab + 2, colon));
      obs.push({ site, value: 's' + text.slice(colon + 1, colon + 1 + len) });
      i = colon + 1 + len + 1;
    } else {
      const nl = text.indexOf('\n', tab + 1);
      const end = nl < 0 ? text.length : nl;
      obs.push({ site, value: text.slice(tab + 1, end) });
      i = end + 1;
    }
  }
  return { output: stdout.slice(0, at), obs };
}

/** Index of the first observation where the traces differ (site or value), or -1 if none. */
export function firstDifference(traces: Trace[]): number {
  const n = Math.max(...traces.map((t) => t.obs.length));
  for (let i = 0; i < n; i++) {
    const a = traces[0]!.obs[i];
    for (const t of traces.slice(1)) {
      const b = t.obs[i];
      if (a === undefined || b === undefined || a.site !== b.site || a.value !== b.value) return i;
    }
  }
  return -1;
}

/** 2^53: integers beyond it are not all representable. */
const EXACT_INT = 2 ** 53;
/** 2^31: the int32 range LuaJIT narrows to. */
const INT32 = 2 ** 31;

/**
 * The class of one observed value, as signatures show it: numbers by what a JIT treats specially
 * (nan, ±inf, -0, 0, int32, integers up to 2^53, huge, fractions), strings by whether they read as
 * numbers, everything else by type.
 */
export function valueClass(value: string): string {
  if (value.startsWith('s')) {
    const s = value.slice(1);
    if (s === '') return 'str:empty';
    return /^\s*[-+]?(0[xX][0-9a-fA-F]+|\d+\.?\d*([eE][-+]?\d+)?|\.\d+([eE][-+]?\d+)?)\s*$/.test(s) ? 'str:num' : 'str';
  }
  if (value === 'nan') return 'nan';
  if (value === 'inf' || value === '-inf') return value;
  if (value === '-0') return '-0';
  const x = Number(value);
  if (Number.isNaN(x)) return value; // true, false, nil, table, function...
  if (x === 0) return '0';
  if (Number.isInteger(x)) {
    if (x >= -INT32 && x < INT32) return 'int';
    return Math.abs(x) <= EXACT_INT ? 'int53' : 'huge';
  }
  return 'frac';
}

/**
 * The class of an operand as a signature shows it: only the values that make programs take special
 * paths (NaN, an infinity, a negative zero) are named; every other number is "num" and every string
 * "str". Finer classes (integer or fraction, int32 or huge) split one bug met with different operands
 * into many signatures (a planted pow rounding bug signed 15 ways with them), while the operation and
 * how its result differs already separate bugs.
 */
export function operandClass(value: string): string {
  const c = valueClass(value);
  if (c === 'nan' || c === '-0') return c;
  if (c === 'inf' || c === '-inf') return 'inf';
  if (c.startsWith('str')) return 'str';
  if (c === 'true' || c === 'false') return 'bool';
  return NUMBER_CLASSES.has(c) ? 'num' : c;
}

const NUMBER_CLASSES = new Set(['0', 'int', 'int53', 'huge', 'frac']);

/** A value's type as the signature names it (num, str, bool, nil, table, function...). */
function typeClass(value: string): string {
  const c = operandClass(value);
  return c === 'nan' || c === '-0' || c === 'inf' ? 'num' : c;
}

/**
 * How two differing values differ, in a word, whichever side is which: one is NaN (`nan`), zeros of
 * different sign (`zero-sign`), the same number but for its last bits (`lastbits`), different types
 * (the sorted pair, `num~str`), or just another value (`value`).
 */
export function differenceClass(a: string | undefined, b: string | undefined): string {
  if (a === undefined || b === undefined) return 'missing';
  const ta = typeClass(a), tb = typeClass(b);
  if (ta !== tb) return [ta, tb].sort().join('~');
  if (ta !== 'num') return 'value';
  if ((a === 'nan') !== (b === 'nan')) return 'nan';
  if ((a === '-0' && b === '0') || (a === '0' && b === '-0')) return 'zero-sign';
  const x = Number(a), y = Number(b);
  if (Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y)) < LASTBITS_RELATIVE) {
    return 'lastbits';
  }
  return 'value';
}

/** Numbers this close (relative difference) differ in their last bits: a rounding, not a wrong value. */
const LASTBITS_RELATIVE = 1e-12;
