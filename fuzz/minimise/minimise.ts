// Minimisation of a finding: fast-check shrinking of the generated program first (when it was
// generated), then the AST reducer, both keeping the divergence signature.
import fc from 'fast-check';
import { luaProgram } from '../generator/program.js';
import type { GenConfig } from '../generator/gen.js';
import { parseLua } from '../generator/parse.js';
import { printChunk } from '../generator/print.js';
import { AstReducer, type Interesting } from './astReducer.js';

export interface MinimiseOptions {
  /** Candidate programs fast-check may run while shrinking. */
  shrinkBudget: number;
  /** Candidate programs the AST reducer may run. */
  reduceBudget: number;
  hotFloor: number;
  /** Wall-clock cap for one finding (a slow VM must not stall the campaign). */
  maxSeconds: number;
  /** Set by minimise(): performance.now() value when maxSeconds run out. */
  deadline?: number;
  gen?: Partial<GenConfig>;
}

/** fast-check shrinking gets this fraction (1/n) of the time left; the AST reducer the rest. */
const SHRINK_SHARE = 2;

export const DEFAULT_MINIMISE: MinimiseOptions = { shrinkBudget: 300, reduceBudget: 600, hotFloor: 60, maxSeconds: 30 };

export interface Minimised {
  source: string;
  /** fast-check's replay path of the shrunk program ("" when not shrunk by fast-check). */
  path: string;
  tests: number;
}

/** Shrink with fast-check from the generator seed that produced the finding. */
export async function shrinkGenerated(seed: number, interesting: Interesting, o: MinimiseOptions):
    Promise<{ source: string; path: string; tests: number } | null> {
  let tests = 0;
  const out = await fc.check(fc.asyncProperty(luaProgram(o.gen), async (p) => {
    // Budget or time spent: report "passes" so fast-check stops exploring further shrinks.
    if (tests >= o.shrinkBudget || (o.deadline !== undefined && performance.now() > o.deadline)) return true;
    tests++;
    return !(await interesting(p.source));
  }), {
    seed, numRuns: 1,
    // Once the budget is spent every candidate "passes", but fast-check would still walk the whole
    // shrink tree of a long choice list: the time limit ends the walk, keeping the best failure.
    interruptAfterTimeLimit: Math.max(1, (o.deadline ?? Infinity) - performance.now()) / SHRINK_SHARE,
    markInterruptAsFailure: false,
  });
  if (!out.failed || !out.counterexample) return null;
  return { source: out.counterexample[0].source, path: out.counterexamplePath ?? '', tests };
}

/** Full minimisation: fast-check shrinking (when `seed` is given), then the AST reducer. */
export async function minimise(source: string, interesting: Interesting, o: MinimiseOptions = DEFAULT_MINIMISE,
                               seed?: number): Promise<Minimised> {
  let best = source, path = '', tests = 0;
  const deadline = performance.now() + o.maxSeconds * 1000;
  const test = interesting;
  interesting = async (s) => performance.now() < deadline && test(s);
  if (seed !== undefined) {
    const s = await shrinkGenerated(seed, interesting, { ...o, deadline });
    if (s) { best = s.source; path = s.path; tests += s.tests; }
  }
  let ast;
  try { ast = parseLua(best); } catch { return { source: best, path, tests }; }
  const reducer = new AstReducer(interesting, { budget: o.reduceBudget, hotFloor: o.hotFloor, deadline });
  const unchanged = printChunk(ast);
  const reduced = printChunk(await reducer.reduce(ast));
  tests += reducer.tests;
  // Every accepted edit was tested; an untouched AST keeps the original text (comments, layout).
  return { source: reduced !== unchanged && reduced.length < best.length ? reduced : best, path, tests };
}
