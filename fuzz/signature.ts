// Precise signatures: on a divergence, the program is re-run instrumented (observe/instrument.ts)
// on one oracle of each group, and the signature names the first operation whose value differs —
// its kind and operator or library function, the classes of its operands' values, and how the
// results differ — so that two unrelated bugs get different signatures and one bug met in many
// programs gets one.
import type { Oracle, OracleOptions } from '../oracles/oracle.js';
import type { OracleResult } from '../oracles/result.js';
import { instrument, checkedNodes, type Instrumented, type Site } from './observe/instrument.js';
import { parseTrace, firstDifference, operandClass, differenceClass, type Trace } from './observe/trace.js';
import { errorShape, lineShape, signaturePrefix, type Divergence } from './compare.js';

/** Instrumented runs are slower: their time and instruction budgets are this many times the normal ones. */
const TRACE_BUDGET_FACTOR = 4;

/** Where and how the results first differ. */
export interface Diagnosis {
  /** The precise signature: kind, groups, shape. */
  signature: string;
  /** The shape part alone, e.g. "call math.min|max{nan,num} nan". */
  shape: string;
  /**
   * How it was found: observing every operation ('all'), observing the program's checked values
   * and then the operands of the differing one, level by level ('refined'), or the results alone.
   */
  via: 'all' | 'refined' | 'results';
  /** The first differing operation, when one was found. */
  site?: DivergingSite;
}

export interface DivergingSite extends Site {
  /** Which observation of this site it is (1-based), on the reference side. */
  nth: number;
  /** Each group's value there (trace notation: numbers as %.17g, strings as "s<bytes>"). */
  values: string[];
  /** The operands' values on the reference group's side (undefined: not observed). */
  operandValues: (string | undefined)[];
}

/**
 * Diagnose a divergence: re-run `source` instrumented on one oracle per group; fall back to a
 * shape of the results themselves (error message, status, output line) when the instrumented
 * runs do not differ or cannot be traced.
 */
export async function diagnose(oracles: Oracle[], source: string, d: Divergence, results: OracleResult[],
                               opts: OracleOptions): Promise<Diagnosis> {
  const make = (shape: string, via: Diagnosis['via'], site?: DivergingSite): Diagnosis =>
    ({ signature: signaturePrefix(d) + shape, shape, via, site });
  if (d.kind === 'status') return make(statusShape(d, results), 'results');
  const reps = d.groups.map((g) => oracles.find((o) => o.name === g[0])!);
  const traceOpts: OracleOptions = {
    timeoutMs: opts.timeoutMs * TRACE_BUDGET_FACTOR,
    maxInstructions: opts.maxInstructions !== undefined ? opts.maxInstructions * TRACE_BUDGET_FACTOR : undefined,
  };
  const ref = referenceIndex(d.groups);
  const traced = async (only?: ReadonlySet<number>): Promise<{ ins: Instrumented; traces: Trace[] } | null> => {
    let ins: Instrumented;
    try { ins = instrument(source, only); } catch { return null; }
    const runs = await Promise.all(reps.map((o) => o.run(ins.source, traceOpts)));
    const traces = runs.map((r) => parseTrace(r.stdout));
    return traces.every((t) => t !== null) ? { ins, traces: traces as Trace[] } : null;
  };
  // Every operation observed: the most precise answer, when observing does not hide the difference.
  const all = await traced();
  const site = all ? locate(all.ins, all.traces, ref) : null;
  if (site) return make(siteShape(site, ref), 'all', site);
  const refined = await refine(source, traced, ref);
  if (refined) return make(siteShape(refined, ref), 'refined', refined);
  return make(d.kind === 'error' ? errorsShape(d, results) : outputShape(d), 'results');
}

/** Levels of operands refine() descends at most. */
const MAX_REFINE_DEPTH = 8;

/**
 * Observe only the program's checked values; then, while an observed value differs, also its
 * operands, descending to the first operation whose operands agree (or whose operands, once
 * observed, hide the difference: then their values come from that last run's reference side).
 */
async function refine(source: string, traced: (only: ReadonlySet<number>) => Promise<{ ins: Instrumented; traces: Trace[] } | null>,
                      ref: number): Promise<DivergingSite | null> {
  let only: Set<number>;
  try { only = new Set(checkedNodes(source)); } catch { return null; }
  let found: DivergingSite | null = null;
  for (let depth = 0; depth < MAX_REFINE_DEPTH; depth++) {
    const run = await traced(only);
    if (!run) break;
    const site = locate(run.ins, run.traces, ref);
    if (!site) {
      // Observing the operands hid the difference: take their values from this run's reference side.
      if (found) Object.assign(found, operandsAt(run.ins, run.traces[ref]!, found));
      break;
    }
    found = site;
    const next = site.children.filter((c) => c !== 0 && !only.has(c));
    if (next.length === 0) break;
    for (const c of next) only.add(c);
  }
  return found;
}

/** `site`'s operands as another instrumentation observes them, with their values before the same
 *  (nth) observation of its node in that instrumentation's trace. */
function operandsAt(ins: Instrumented, trace: Trace, site: DivergingSite): Pick<DivergingSite, 'operands' | 'operandValues'> {
  const k = ins.sites.findIndex((s) => s.node === site.node) + 1;
  const here = ins.sites[k - 1];
  if (k === 0 || !here) return site;
  return { operands: here.operands, operandValues: operandValuesAt(here, k, trace, site) };
}

function operandValuesAt(here: Site, k: number, trace: Trace, site: DivergingSite): (string | undefined)[] {
  const nth = site.nth;
  let seen = 0, at = -1;
  for (let i = 0; i < trace.obs.length; i++) {
    if (trace.obs[i]!.site === k && ++seen === nth) { at = i; break; }
  }
  if (at < 0) return site.operandValues;
  return here.operands.map((o, i) => {
    if ('literal' in o) return o.literal;
    if (!('site' in o)) return site.operandValues[i];
    for (let j = at - 1; j >= 0; j--) if (trace.obs[j]!.site === o.site) return trace.obs[j]!.value;
    return site.operandValues[i];
  });
}

/** The group whose values count as the reference side: luajit-joff's, else lua51's, else the first. */
function referenceIndex(groups: string[][]): number {
  for (const name of ['luajit-joff', 'lua51', 'luajit']) {
    const i = groups.findIndex((g) => g.includes(name));
    if (i >= 0) return i;
  }
  return 0;
}

/** The first differing observation and what was known about its operands just before it. */
function locate(ins: Instrumented, traces: Trace[], ref: number): DivergingSite | null {
  const at = firstDifference(traces);
  if (at < 0) return null;
  const here = traces.map((t) => t.obs[at]);
  // Name the site by the side that observed something there (a trace may have ended: an error).
  const siteNo = (here[ref] ?? here.find((o) => o !== undefined))!.site;
  const site = ins.sites[siteNo - 1];
  if (!site) return null;
  const refObs = traces[ref]!.obs;
  const before = refObs.slice(0, at);
  const nth = before.filter((o) => o.site === siteNo).length + 1;
  const lastValue = (k: number): string | undefined => {
    for (let i = before.length - 1; i >= 0; i--) if (before[i]!.site === k) return before[i]!.value;
    return undefined;
  };
  const operandValues = site.operands.map((o) => ('site' in o ? lastValue(o.site) : 'literal' in o ? o.literal : undefined));
  // Different sites at the same step: control flow parted earlier without an observed cause.
  const values = here.map((o) => (o === undefined ? 'end' : o.site === siteNo ? o.value : `other-site`));
  return { ...site, nth, values, operandValues };
}

/** "call math.min|max{nan,num} nan": the operation, its operand classes, how the results differ. */
function siteShape(s: DivergingSite, ref: number): string {
  // Operand classes as a sorted set: one bug met with its operands either way round (as
  // math.min(nan, x) and math.min(x, nan)) or with an optional argument left out keeps one signature.
  const operands = [...new Set(s.operands.map((o, i) => {
    if ('opaque' in o) return o.opaque;
    const v = s.operandValues[i];
    return v === undefined ? '?' : operandClass(v);
  }))].sort();
  const refValue = s.values[ref]!;
  const cls = (v: string): string => (v === 'end' ? 'end' : operandClass(v));
  const diffs = s.values.filter((_, i) => i !== ref).map((v) => {
    if (v === 'end' || refValue === 'end') return [cls(refValue), cls(v)].sort().join('~');
    if (v === 'other-site') return 'control-flow';
    return differenceClass(refValue, v);
  });
  return `${s.kind} ${OP_FAMILY[s.op] ?? s.op}{${operands.join(',')}} ${diffs.join('|')}`;
}

/**
 * Operations one implementation path serves, named as one: the bytecode compiler turns `a > b` into
 * `b < a` (ISLT/ISLE with swapped operands), and LuaJIT records math.min and math.max by one
 * function into the IR_MIN/IR_MAX pair (lj_ffrecord.c recff_math_minmax), so a bug there shows in
 * both. The operand classes are a multiset, so swapped operands already sign alike.
 */
const OP_FAMILY: Readonly<Record<string, string>> = {
  '>': '<', '>=': '<=', 'math.min': 'math.min|max', 'math.max': 'math.min|max',
};

/** Errors that differ in their messages: the messages' shapes, by group. */
function errorsShape(d: Divergence, results: OracleResult[]): string {
  return 'message ' + d.groups.map((g) => errorShape(results.find((r) => r.oracle === g[0])?.error ?? '')).join('|');
}

/** Output that differs where no observed operation does (printing, formatting): the first differing line. */
function outputShape(d: Divergence): string {
  const vals = d.groups.map((g) => d.firstDiff.values[g[0]!]);
  const ref = referenceIndex(d.groups);
  const a = vals[ref];
  const numeric = (s: string | undefined): boolean => s !== undefined && /^-?(\d|inf|nan)/.test(s);
  const diffs = vals.filter((_, i) => i !== ref).map((b) =>
    numeric(a) && numeric(b) ? differenceClass(a, b) : [lineShape(a), lineShape(b)].sort().join('~'));
  return `print ${diffs.join('|')}`;
}

/** A crash or timeout: which status, and for a crash the message's shape (a JS exception's first frame). */
function statusShape(d: Divergence, results: OracleResult[]): string {
  return d.groups.map((g) => {
    const r = results.find((x) => x.oracle === g[0])!;
    if (r.status === 'crash') return `crash ${errorShape(r.error ?? '')}`;
    if (r.status === 'error') return `error ${errorShape(r.error ?? '')}`;
    return r.status;
  }).join('|');
}
