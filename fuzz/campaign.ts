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
import { candidateOptions } from './minimise/budget.js';
import { checkStock } from './luajit/stock.js';
import { withJitOpt } from './luajit/jitOpt.js';
import { writeFinding, sha1, lineCount, TOOL_VERSION } from './report/report.js';
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
  /** -O parameters of the JIT-on LuaJIT oracle (e.g. ["hotloop=1"]): a LuaJIT finding carries them
   *  as its first line (`jit.opt.start`), so it reproduces with plain `luajit FILE`. */
  jitOpt?: string[];
  /** Confirm LuaJIT findings with fresh stock processes (default true; tests with a fake luajit
   *  oracle turn it off). */
  confirmStock?: boolean;
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
  /** signature -> minimisation of its report: lines before/after (prelude included), milliseconds */
  minimised: Map<string, { from: number; to: number; ms: number }>;
  /** signature -> verdict (who is wrong) */
  verdicts: Map<string, Verdict>;
  /** signatures whose verdict is `vm`: findings against our VM */
  newFindings: string[];
  /** signatures where only LuaJIT's JIT disagrees (findings about LuaJIT) */
  luajitFindings: string[];
  perOracle: Record<string, OracleStats>;
  /** Programs that timed out on every oracle: the generator's fault, not a VM's (written to timeouts/). */
  generatorDefects: number;
  /** LuaJIT divergences that fresh `luajit FILE` / `luajit -joff FILE` processes did not confirm
   *  (state the persistent driver cannot reset): written to unconfirmed/, not reported. */
  unconfirmed: number;
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
    programs: 0, divergences: 0, signatures: new Map(), files: new Map(), minimised: new Map(), verdicts: new Map(), newFindings: [],
    luajitFindings: [], generatorDefects: 0, unconfirmed: 0,
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
  // A LuaJIT finding must hold in fresh stock processes before it is reported: the persistent
  // driver resets what Lua can reach, not LuaJIT's internal state (penalty PRNG, mcode layout).
  const stockable = verdict === 'luajit-jit' && o.confirmStock !== false && o.oracles.some((x) => x.name === 'luajit');
  const jitOpt = stockable ? o.jitOpt ?? [] : [];
  if (stockable && !(await checkStock(withJitOpt(source, jitOpt), { flags: [] })).reproduces) {
    await onUnconfirmed(o, stats, sig, source, seed);
    return;
  }
  // Only findings against our VM gate CI; LuaJIT's own bugs are reported but do not fail the run.
  if (verdict === 'vm') stats.newFindings.push(sig);
  else if (verdict === 'luajit-jit') stats.luajitFindings.push(sig);
  const budget = candidateOptions(out.results, o.run);
  const interesting = (src: string): Promise<boolean> => hasSignature(o.oracles, src, sig, budget);
  let minimised = withJitOpt(source, jitOpt), path = '';
  const t0 = performance.now();
  if (o.minimise) {
    const m = await minimise(minimised, interesting, { ...o.minimise, gen: o.gen, jitOpt }, seed);
    minimised = m.source; path = m.path;
  }
  const minimiseMs = performance.now() - t0;
  // The report shows the minimised program's own results; should it no longer diverge (a flaky
  // candidate was kept), the original's stand.
  const final = (await examine(o.oracles, minimised, o.run)) ?? ex;
  if (final === ex) minimised = withJitOpt(source, jitOpt);
  const stock = stockable ? await checkStock(minimised) : undefined;
  const file = await writeFinding(o.out, {
    examined: final, original: source, minimised,
    commands: Object.fromEntries(o.oracles.map((x) => [x.name, x.command('FILE')])),
    seed, path, campaignSeed: o.seed, programIndex: index, options: o.options, minimiseMs,
    ...(stock ? { stock } : {}),
  });
  stats.files.set(sig, file);
  if (o.minimise) stats.minimised.set(sig, { from: lineCount(source), to: lineCount(minimised), ms: minimiseMs });
  o.log(`Test unit written to ${file}`);
  o.log(`  reproduce: npm run repro -- ${file}`);
}

/** Unconfirmed programs kept per campaign, and tries per signature before it is given up. */
const MAX_UNCONFIRMED_FILES = 20;
const UNCONFIRMED_TRIES = 3;
const unconfirmedTries = new WeakMap<CampaignStats, Map<string, number>>();

/** A divergence fresh processes do not show: kept apart; the signature stays open for a later
 *  program that does reproduce, a few times. */
async function onUnconfirmed(o: CampaignOptions, stats: CampaignStats, sig: string, source: string, seed: number): Promise<void> {
  stats.unconfirmed++;
  const tries = unconfirmedTries.get(stats) ?? new Map<string, number>();
  unconfirmedTries.set(stats, tries);
  const n = (tries.get(sig) ?? 0) + 1;
  tries.set(sig, n);
  if (n < UNCONFIRMED_TRIES) { stats.signatures.delete(sig); stats.verdicts.delete(sig); }
  o.log(`Divergence not confirmed by fresh luajit processes (${sig}); kept in unconfirmed/`);
  if (stats.unconfirmed > MAX_UNCONFIRMED_FILES) return;
  const dir = join(o.out, 'unconfirmed');
  mkdirSync(dir, { recursive: true });
  await writeFileAtomic(join(dir, `unconfirmed-${sha1(source)}.lua`), Buffer.from(
    `-- tracefuzz: diverged in the persistent driver, not in fresh processes (seed ${seed})\n-- signature: ${sig}\n${source}`, 'latin1'));
}
