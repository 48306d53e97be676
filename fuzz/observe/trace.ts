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
 * How two differing values differ, in a word, whichever side is which: different classes (one is
 * NaN, zeros of different sign, different types) as the sorted pair "a~b", or within one class
 * the last bits of the same number, or just another value.
 */
export function differenceClass(a: string | undefined, b: string | undefined): string {
  if (a === undefined || b === undefined) return 'missing';
  const ca = valueClass(a), cb = valueClass(b);
  if (ca !== cb) return [ca, cb].sort().join('~');
  const x = Number(a), y = Number(b);
  if (!Number.isNaN(x) && !Number.isNaN(y) && Number.isFinite(x) && Number.isFinite(y)) {
    const rel = Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y));
    if (rel < 1e-12) return `${ca}:lastbits`;
  }
  return `${ca}:value`;
}
