// Minimisation of a finding: fast-check shrinking of the generated program first (when it was
// generated), then the AST reducer, both keeping the divergence signature. With `jitOpt`, every
// candidate carries the -O parameters as its jit.opt first line (fuzz/luajit/jitOpt.ts).
import fc from 'fast-check';
import { luaProgram } from '../generator/program.js';
import type { GenConfig } from '../generator/gen.js';
import { withJitOpt } from '../luajit/jitOpt.js';
import { AstReducer, type Interesting, type PassStats } from './astReducer.js';

export interface MinimiseOptions {
  /** Candidate programs fast-check may run while shrinking. */
  shrinkBudget: number;
  /** Candidate programs the AST reducer may run. */
  reduceBudget: number;
  /** Wall-clock cap for one finding (a slow VM must not stall the campaign). */
  maxSeconds: number;
  /** Set by minimise(): performance.now() value when maxSeconds run out. */
  deadline?: number;
  gen?: Partial<GenConfig>;
  /** -O parameters of the JIT-on oracle (e.g. ["hotloop=1"]): written into every candidate as its first
   *  line, so the result reproduces on stock luajit; the AST reducer then shrinks them. */
  jitOpt?: string[];
}

/** fast-check shrinking gets this fraction (1/n) of the time left; the AST reducer the rest. */
const SHRINK_SHARE = 2;

export const DEFAULT_MINIMISE: MinimiseOptions = { shrinkBudget: 300, reduceBudget: 600, maxSeconds: 30 };

export interface Minimised {
  source: string;
  /** fast-check's replay path of the shrunk program ("" when not shrunk by fast-check). */
  path: string;
  tests: number;
  /** Tests and adoptions per AST reducer pass. */
  passes: Record<string, PassStats>;
}

/** Shrink with fast-check from the generator seed that produced the finding. */
export async function shrinkGenerated(seed: number, interesting: Interesting, o: MinimiseOptions):
    Promise<{ source: string; path: string; tests: number } | null> {
  let tests = 0;
  const out = await fc.check(fc.asyncProperty(luaProgram(o.gen), async (p) => {
    // Budget or time spent: report "passes" so fast-check stops exploring further shrinks.
    if (tests >= o.shrinkBudget || (o.deadline !== undefined && performance.now() > o.deadline)) return true;
    tests++;
    return !(await interesting(o.jitOpt?.length ? withJitOpt(p.source, o.jitOpt) : p.source));
  }), {
    seed, numRuns: 1,
    // Once the budget is spent every candidate "passes", but fast-check would still walk the whole
    // shrink tree of a long choice list: the time limit ends the walk, keeping the best failure.
    interruptAfterTimeLimit: Math.max(1, (o.deadline ?? Infinity) - performance.now()) / SHRINK_SHARE,
    markInterruptAsFailure: false,
  });
  if (!out.failed || !out.counterexample) return null;
  const shrunk = out.counterexample[0].source;
  return { source: o.jitOpt?.length ? withJitOpt(shrunk, o.jitOpt) : shrunk, path: out.counterexamplePath ?? '', tests };
}

/** Full minimisation: fast-check shrinking (when `seed` is given), then the AST reducer. */
export async function minimise(source: string, interesting: Interesting, o: MinimiseOptions = DEFAULT_MINIMISE,
                               seed?: number): Promise<Minimised> {
  let best = o.jitOpt?.length ? withJitOpt(source, o.jitOpt) : source, path = '', tests = 0;
  const deadline = performance.now() + o.maxSeconds * 1000;
  const test = interesting;
  interesting = async (s) => performance.now() < deadline && test(s);
  if (seed !== undefined) {
    const s = await shrinkGenerated(seed, interesting, { ...o, deadline });
    if (s) { best = s.source; path = s.path; tests += s.tests; }
  }
  const reducer = new AstReducer(interesting, { budget: o.reduceBudget, deadline });
  const reduced = await reducer.reduce(best);
  tests += reducer.tests;
  return { source: reduced, path, tests, passes: reducer.stats };
}
