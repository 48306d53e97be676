// Per-candidate oracle budgets while minimising: a few times what the original program cost, so a
// candidate that loops forever (a loop bound replaced by 0, a `break` removed) costs milliseconds
// instead of the campaign's 30 s timeout, yet any candidate no slower than the original still runs.
import { DEFAULT_MAX_INSTRUCTIONS, type OracleOptions } from '../../oracles/oracle.js';
import type { OracleResult } from '../../oracles/result.js';

export interface BudgetFactors {
  /** Wall-clock budget: this many times the slowest oracle's time on the original... */
  timeFactor: number;
  /** ...but never below this (process scheduling on a loaded machine, a cold worker). */
  timeFloorMs: number;
  /** Our VM's bytecode budget: this many times its count on the original... */
  instructionFactor: number;
  /** ...but never below this. */
  instructionFloor: number;
}

export const DEFAULT_BUDGET_FACTORS: BudgetFactors = {
  timeFactor: 5, timeFloorMs: 1000, instructionFactor: 4, instructionFloor: 100_000,
};

/**
 * Oracle options for every candidate of one minimisation, from the results of the original program.
 * `timeoutMs` applies to every oracle, so it follows the slowest one (our VM runs 20-40x slower than
 * luajit -joff): a few times its time, with a floor, never above `base`. `maxInstructions` follows our
 * VM's bytecode count when a result carries one (`instructions`); otherwise `base`'s is kept.
 * A result that already timed out keeps `base`'s budgets (the finding is the timeout itself).
 */
export function candidateOptions(original: readonly OracleResult[], base: OracleOptions,
                                 f: BudgetFactors = DEFAULT_BUDGET_FACTORS): OracleOptions {
  if (original.length === 0 || original.some((r) => r.status === 'timeout')) return { ...base };
  const slowest = Math.max(...original.map((r) => r.ms));
  const timeoutMs = Math.min(base.timeoutMs, Math.max(f.timeFloorMs, Math.ceil(slowest * f.timeFactor)));
  const out: OracleOptions = { ...base, timeoutMs };
  const counts = original.map((r) => r.instructions).filter((n): n is number => typeof n === 'number');
  if (counts.length) {
    const cap = base.maxInstructions ?? DEFAULT_MAX_INSTRUCTIONS;
    out.maxInstructions = Math.min(cap, Math.max(f.instructionFloor, Math.ceil(Math.max(...counts) * f.instructionFactor)));
  }
  return out;
}
