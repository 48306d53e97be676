// The campaign loop: generate -> run on all oracles -> compare -> (new signature) minimise -> report.
import fc from 'fast-check';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { Oracle, OracleOptions } from '../oracles/oracle.js';
import type { OracleResult } from '../oracles/result.js';
import { luaProgram } from './generator/program.js';
import type { GenConfig } from './generator/gen.js';
import { runOnAll, signatureOf } from './runner.js';
import { minimise, type MinimiseOptions } from './minimise/minimise.js';
import { writeFinding, TOOL_VERSION } from './report/report.js';
import type { Divergence } from './compare.js';

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
  /** signatures whose verdict is not "reference differs" */
  newFindings: string[];
  /** signatures where only LuaJIT's JIT disagrees (findings about LuaJIT) */
  luajitFindings: string[];
  perOracle: Record<string, OracleStats>;
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
    programs: 0, divergences: 0, signatures: new Map(), files: new Map(), newFindings: [], luajitFindings: [],
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
      const { results, divergence } = await runOnAll(o.oracles, source, o.run);
      account(stats, results);
      stats.programs++;
      if (divergence) await onDivergence(o, stats, divergence, source, seed, i);
      stats.elapsedMs = performance.now() - stats.startMs;
      o.onProgress?.(stats);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, o.jobs) }, worker));
  stats.elapsedMs = performance.now() - stats.startMs;
  return stats;
}

function account(stats: CampaignStats, results: OracleResult[]): void {
  for (const r of results) {
    const s = stats.perOracle[r.oracle]!;
    s.ms += r.ms;
    s[r.status]++;
  }
}

async function onDivergence(o: CampaignOptions, stats: CampaignStats, d: Divergence, source: string,
                            seed: number, index: number): Promise<void> {
  stats.divergences++;
  const seen = stats.signatures.get(d.signature);
  stats.signatures.set(d.signature, (seen ?? 0) + 1);
  if (seen !== undefined) return; // one report per signature per campaign
  // Only findings against our VM gate CI; LuaJIT's own JIT bugs are reported but do not fail the run.
  if (d.verdict === 'vm') stats.newFindings.push(d.signature);
  else if (d.verdict === 'luajit-jit') stats.luajitFindings.push(d.signature);
  const interesting = async (src: string): Promise<boolean> => (await signatureOf(o.oracles, src, o.run)) === d.signature;
  let minimised = source, path = '';
  if (o.minimise) {
    const m = await minimise(source, interesting, { ...o.minimise, gen: o.gen }, seed);
    minimised = m.source; path = m.path;
  }
  const final = await runOnAll(o.oracles, minimised, o.run);
  const file = await writeFinding(o.out, {
    divergence: final.divergence ?? d, original: source, minimised, results: final.results,
    commands: Object.fromEntries(o.oracles.map((x) => [x.name, x.command('FILE')])),
    seed, path, campaignSeed: o.seed, programIndex: index, options: o.options,
  });
  stats.files.set(d.signature, file);
  o.log(`Test unit written to ${file}`);
  o.log(`  reproduce: npm run repro -- ${file}`);
}
