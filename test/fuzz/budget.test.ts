// Per-candidate oracle budgets derived from the original run (fuzz/minimise/budget.ts).
import test from 'ava';
import { candidateOptions, DEFAULT_BUDGET_FACTORS } from '../../fuzz/minimise/budget.js';
import type { OracleResult } from '../../oracles/result.js';
import { DEFAULT_MAX_INSTRUCTIONS, DEFAULT_TIMEOUT_MS } from '../../oracles/oracle.js';

const r = (oracle: string, ms: number, extra: Partial<OracleResult> & { instructions?: number } = {}): OracleResult =>
  ({ oracle, status: 'ok', stdout: '', ms, ...extra });
const base = { timeoutMs: DEFAULT_TIMEOUT_MS };

test('timeout: a few times the slowest oracle (our VM), not the 30 s default', (t) => {
  const o = candidateOptions([r('interp', 300), r('luajit-joff', 4), r('luajit', 3)], base);
  t.is(o.timeoutMs, 300 * DEFAULT_BUDGET_FACTORS.timeFactor);
  t.is(o.maxInstructions, undefined); // no counts reported: the oracle's own default applies
});

test('timeout: a floor for fast programs, the base as a ceiling', (t) => {
  t.is(candidateOptions([r('luajit-joff', 1), r('luajit', 2)], base).timeoutMs, DEFAULT_BUDGET_FACTORS.timeFloorMs);
  t.is(candidateOptions([r('interp', 20_000), r('luajit', 2)], base).timeoutMs, DEFAULT_TIMEOUT_MS);
});

test('instructions: a few times our VM\'s count when the result carries it, with a floor and the cap', (t) => {
  const o = candidateOptions([r('interp', 50, { instructions: 2_000_000 }), r('luajit', 1)], base);
  t.is(o.maxInstructions, 2_000_000 * DEFAULT_BUDGET_FACTORS.instructionFactor);
  t.is(candidateOptions([r('interp', 5, { instructions: 10 })], base).maxInstructions, DEFAULT_BUDGET_FACTORS.instructionFloor);
  t.is(candidateOptions([r('interp', 5, { instructions: 1e12 })], base).maxInstructions, DEFAULT_MAX_INSTRUCTIONS);
  t.is(candidateOptions([r('interp', 5, { instructions: 1e9 })], { ...base, maxInstructions: 1e6 }).maxInstructions, 1e6);
});

test('a finding that is itself a timeout keeps the base budgets', (t) => {
  const o = candidateOptions([r('interp', 30_000, { status: 'timeout' }), r('luajit', 3)], { timeoutMs: 30_000, maxInstructions: 5 });
  t.deepEqual(o, { timeoutMs: 30_000, maxInstructions: 5 });
});

test('with those budgets a candidate that loops forever costs a fraction of a second on luajit', async (t) => {
  const joff = new (await import('../../oracles/luajit.js')).LuajitOracle(false);
  try {
    const orig = await joff.run('local s = 0 for i = 1, 1000 do s = s + i end print(s)', base);
    const opts = candidateOptions([orig], base);
    const loop = await joff.run('while true do end', opts);
    t.is(loop.status, 'timeout');
    t.true(loop.ms < 4 * DEFAULT_BUDGET_FACTORS.timeFloorMs, `${loop.ms} ms`);
  } finally { await joff.close(); }
});
