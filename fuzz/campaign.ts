// The campaign loop: generate -> run on all oracles -> compare -> (new signature) minimise -> report.
import fc from 'fast-check';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Oracle, OracleOptions } from '../oracles/oracle.js';
import type { OracleResult } from '../oracles/result.js';
import { luaProgram } from './generator/program.js';
import type { GenConfig } from './generator/gen.js';
import { runOnAll, examine, examineOutcome, hasSignature, type Outcome } from './runner.js';
import { minimise, type MinimiseOptions } from './minimise/minimise.js';
import { writeFinding, sha1, TOOL_VERSION } from './report/report.js';
import type { Divergence } from './compare.js';
import type { Verdict } from './verdict/verdict.js';


export interface CampaignOptions {
  oracles: Oracle[];
  /** Programs to run; -1 = until --time runs out. */
  runs: number;
  /** Wall-clock limit in seconds (0 = none). */
  timeSec: number;
  seed: number;
  jobs: number;
  /** Campaign folder (reports/<campaign>). */
  out: string;
  gen: Partial<GenConfig>;
  run: OracleOptions;
  /** null: report unminimised. */
  minimise: MinimiseOptions | null;
  /** Recorded in settings.json and every program header. */
  options: Record<string, unknown>;
  onProgress?: (s: CampaignStats) => void;
  log: (line: string) => void;
}

export interface OracleStats { ms: number; ok: number; error: number; crash: number; timeout: number }

export interface CampaignStats {
  programs: number;
  divergences: number;
  /** signature -> occurrences */
  signatures: Map<string, number>;
  /** signature -> report file (minimised .lua) */
  files: Map<string, string>;
  /** signature -> verdict (who is wrong) */
  verdicts: Map<string, Verdict>;
  /** signatures whose verdict is `vm`: findings against our VM */
  newFindings: string[];
  /** signatures where only LuaJIT's JIT disagrees (findings about LuaJIT) */
  luajitFindings: string[];
  perOracle: Record<string, OracleStats>;
  /** Programs that timed out on every oracle: the generator's fault, not a VM's (written to timeouts/). */
  generatorDefects: number;
  startMs: number;
  elapsedMs: number;
}

/** The generator seed of program `i` of a campaign (replayable with fast-check's `seed`). */
export function programSeed(campaignSeed: number, i: number): number {
  let h = Math.imul(campaignSeed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(i + 1, 0xc2b2ae35);
  h ^= h >>> 16; h = Math.imul(h, 0x7feb352d); h ^= h >>> 15;
  return h >>> 0 & 0x7fffffff;
}

/** The program a campaign generates at index i (same as fast-check's first value for that seed). */
export function generate(seed: number, gen: Partial<GenConfig>): string {
  return fc.sample(luaProgram(gen), { seed, numRuns: 1 })[0]!.source;
}

/** Run a campaign to completion; resolves with its statistics. */
export async function runCampaign(o: CampaignOptions): Promise<CampaignStats> {
  mkdirSync(o.out, { recursive: true });
  await writeFileAtomic(join(o.out, 'settings.json'), JSON.stringify({
    tool: `tracefuzz ${TOOL_VERSION}`, node: process.version, seed: o.seed, oracles: o.oracles.map((x) => x.name),
    options: o.options, started: new Date().toISOString(),
  }, null, 2) + '\n');
  const stats: CampaignStats = {
    programs: 0, divergences: 0, signatures: new Map(), files: new Map(), verdicts: new Map(), newFindings: [],
    luajitFindings: [], generatorDefects: 0,
    perOracle: Object.fromEntries(o.oracles.map((x) => [x.name, { ms: 0, ok: 0, error: 0, crash: 0, timeout: 0 }])),
    startMs: performance.now(), elapsedMs: 0,
  };
  const deadline = o.timeSec > 0 ? stats.startMs + o.timeSec * 1000 : Infinity;
  let next = 0;
  const worker = async (): Promise<void> => {
    while ((o.runs < 0 || next < o.runs) && performance.now() < deadline) {
      const i = next++;
      const seed = programSeed(o.seed, i);
      const source = generate(seed, o.gen);
      const outcome = await runOnAll(o.oracles, source, o.run);
      account(stats, outcome.results);
      stats.programs++;
      if (outcome.results.every((r) => r.status === 'timeout')) await onGeneratorDefect(o, stats, source, seed);
      else if (outcome.divergence) await onDivergence(o, stats, { ...outcome, divergence: outcome.divergence }, source, seed, i);
      stats.elapsedMs = performance.now() - stats.startMs;
      o.onProgress?.(stats);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.jobs) }, worker));
  stats.elapsedMs = performance.now() - stats.startMs;
  return stats;
}

/** Generator defects kept per campaign (the count goes on). */
const MAX_GENERATOR_FILES = 20;

/** A program that timed out everywhere: recorded apart, never blamed on a VM. */
async function onGeneratorDefect(o: CampaignOptions, stats: CampaignStats, source: string, seed: number): Promise<void> {
  stats.generatorDefects++;
  if (stats.generatorDefects > MAX_GENERATOR_FILES) return;
  const dir = join(o.out, 'timeouts');
  mkdirSync(dir, { recursive: true });
  await writeFileAtomic(join(dir, `timeout-${sha1(source)}.lua`),
    Buffer.from(`-- tracefuzz: timed out on every oracle (seed ${seed}); a generator defect\n${source}`, 'latin1'));
}

function account(stats: CampaignStats, results: OracleResult[]): void {
  for (const r of results) {
    const s = stats.perOracle[r.oracle]!;
    s.ms += r.ms;
    s[r.status]++;
  }
}

async function onDivergence(o: CampaignOptions, stats: CampaignStats, out: Outcome & { divergence: Divergence },
                            source: string, seed: number, index: number): Promise<void> {
  stats.divergences++;
  const ex = await examineOutcome(o.oracles, source, out, o.run);
  const sig = ex.diagnosis.signature;
  const seen = stats.signatures.get(sig);
  stats.signatures.set(sig, (seen ?? 0) + 1);
  if (seen !== undefined) return; // one report per signature per campaign
  const verdict = ex.judgement.verdict;
  stats.verdicts.set(sig, verdict);
  // Only findings against our VM gate CI; LuaJIT's own bugs are reported but do not fail the run.
  if (verdict === 'vm') stats.newFindings.push(sig);
  else if (verdict === 'luajit-jit') stats.luajitFindings.push(sig);
  const budget = candidateOptions(o.run, out.results);
  const interesting = (src: string): Promise<boolean> => hasSignature(o.oracles, src, sig, budget);
  let minimised = source, path = '';
  const t0 = performance.now();
  if (o.minimise) {
    const m = await minimise(source, interesting, { ...o.minimise, gen: o.gen }, seed);
    minimised = m.source; path = m.path;
  }
  const minimiseMs = performance.now() - t0;
  // The report shows the minimised program's own results; should it no longer diverge (a flaky
  // candidate was kept), the original's stand.
  const final = (await examine(o.oracles, minimised, o.run)) ?? ex;
  if (final === ex) minimised = source;
  const file = await writeFinding(o.out, {
    examined: final, original: source, minimised,
    commands: Object.fromEntries(o.oracles.map((x) => [x.name, x.command('FILE')])),
    seed, path, campaignSeed: o.seed, programIndex: index, options: o.options, minimiseMs,
  });
  stats.files.set(sig, file);
  o.log(`Test unit written to ${file}`);
  o.log(`  reproduce: npm run repro -- ${file}`);
}

/**
 * Budgets for minimisation candidates, from the original run: a candidate that loops forever
 * must cost a moment, not the campaign's full timeout.
 */
export function candidateOptions(run: OracleOptions, results: OracleResult[]): OracleOptions {
  const slowest = Math.max(...results.map((r) => r.ms));
  const timeoutMs = Math.min(run.timeoutMs, Math.max(CANDIDATE_MIN_MS, slowest * CANDIDATE_FACTOR));
  const ins = results.map((r) => r.instructions).filter((n): n is number => n !== undefined);
  const maxInstructions = ins.length > 0 ? Math.max(CANDIDATE_MIN_INSTRUCTIONS, Math.max(...ins) * CANDIDATE_FACTOR) : run.maxInstructions;
  return { timeoutMs, maxInstructions };
}

/** A candidate may take this many times the original's time or instructions... */
const CANDIDATE_FACTOR = 4;
/** ...and at least this much (process start-up, short programs). */
const CANDIDATE_MIN_MS = 2000;
const CANDIDATE_MIN_INSTRUCTIONS = 1_000_000;
