// `tracefuzz` command line (yargs): fuzz (libFuzzer's flag names as aliases), repro, minimise.
// Exit codes: 0 nothing new / fixed; 77 a new finding against our VM (fuzz); 1 still diverges (repro) or bad usage;
// 70 harness timeout. Findings about LuaJIT's own JIT are reported but do not set 77.
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { cpus } from 'node:os';
import { readFileSync, statSync, readdirSync, existsSync, writeFileSync } from 'node:fs';
import { join, dirname, basename } from 'node:path';
import pc from 'picocolors';
import { openOracles, DEFAULT_ORACLES } from '../oracles/registry.js';
import type { Oracle, OracleOptions } from '../oracles/oracle.js';
import { DEFAULT_TIMEOUT_MS } from '../oracles/oracle.js';
import type { ReferenceMode } from '../oracles/reference.js';
import { runCampaign, type CampaignStats } from './campaign.js';
import { DEFAULT_GEN_CONFIG } from './generator/gen.js';
import { DEFAULT_MINIMISE, minimise } from './minimise/minimise.js';
import { runOnAll, examineOutcome, signatureOf, hasSignature } from './runner.js';
import { sha1, lineCount } from './report/report.js';
import { candidateOptions } from './minimise/budget.js';
import { checkStock, formatStock } from './luajit/stock.js';
import { splitJitOpt } from './luajit/jitOpt.js';
import type { OracleResult } from '../oracles/result.js';
import type { Divergence } from './compare.js';

export const EXIT_NEW_FINDING = 77;
export const EXIT_HARNESS_TIMEOUT = 70;
const PULSE_MS = 1000;

const say = (line: string): void => { process.stdout.write(line + '\n'); };

/** Oracle settings; undefined when not given on the command line (repro takes the finding's). */
interface Common { oracles?: string; jobs: number; timeout: number; mode?: string; 'jit-opt'?: string[] }

/** The settings a campaign ran with, as its finding's .json records them. */
interface CampaignSettings { oracles?: string[]; jitOpt?: string[]; mode?: string }

async function oraclesFrom(a: Common, saved: CampaignSettings = {}): Promise<Oracle[]> {
  const names = a.oracles?.split(',').map((s) => s.trim()).filter(Boolean) ?? saved.oracles ?? DEFAULT_ORACLES;
  return openOracles(names, {
    jobs: a.jobs, mode: (a.mode ?? saved.mode ?? DEFAULT_MODE) as ReferenceMode, luajitOpt: a['jit-opt'] ?? saved.jitOpt ?? [],
  }, (l) => process.stderr.write(pc.yellow(l) + '\n'));
}

const DEFAULT_MODE: ReferenceMode = 'persistent';

// -- fuzz --------------------------------------------------------------------------
async function fuzz(a: Common & { runs: number; time: number; seed: number; out?: string; ci: boolean;
  minimise: boolean; iters?: string; 'artifact_prefix'?: string }): Promise<number> {
  const seed = a.seed === 0 ? (Math.random() * 0x7fffffff) >>> 0 : a.seed;
  say(`INFO: Seed: ${seed}`);
  const oracles = await oraclesFrom(a);
  if (oracles.length < 2) { say('ERROR: fewer than two oracles available; nothing to compare'); return 1; }
  const out = a.out ?? a.artifact_prefix?.replace(/\/$/, '') ??
    join('reports', `${new Date().toISOString().replace(/[:.]/g, '-').slice(0, 19)}-seed${seed}`);
  const iters = a.iters ? a.iters.split(',').map(Number) as [number, number] : DEFAULT_GEN_CONFIG.loopIters;
  const tty = process.stdout.isTTY && !a.ci;
  let lastPulse = 0, nextPow = 1;
  const progress = (s: CampaignStats): void => {
    if (!tty) return;
    const now = performance.now();
    const atPow = s.programs >= nextPow;
    if (atPow) nextPow *= 2;
    if (!atPow && now - lastPulse < PULSE_MS) return;
    lastPulse = now;
    const rate = s.programs / Math.max(s.elapsedMs / 1000, 1e-3);
    const per = Object.entries(s.perOracle).map(([n, x]) => `${n} ${x.ok}/${x.error}/${pc.red(String(x.crash))}/${x.timeout}`).join(' ');
    process.stdout.write(`\r#${s.programs} ${atPow ? 'INITED' : 'pulse'} progs/s: ${rate.toFixed(0)} div: ${s.divergences} ` +
      `sigs: ${s.signatures.size} rss: ${(process.memoryUsage().rss / 1048576).toFixed(0)}Mb  [ok/err/crash/to ${per}]\x1b[K`);
  };
  const run: OracleOptions = { timeoutMs: a.timeout * 1000 };
  const stats = await runCampaign({
    oracles, runs: a.runs, timeSec: a.time, seed, jobs: a.jobs, out, run,
    gen: { loopIters: iters }, minimise: a.minimise ? DEFAULT_MINIMISE : null, jitOpt: a['jit-opt'] ?? [],
    options: { oracles: oracles.map((o) => o.name), jitOpt: a['jit-opt'] ?? [], mode: a.mode ?? DEFAULT_MODE, iters },
    onProgress: progress,
    log: (l) => { if (tty) process.stdout.write('\r\x1b[K'); say(l); },
  });
  if (tty) process.stdout.write('\n');
  for (const o of oracles) await o.close();
  printFinalStats(stats, out);
  return stats.newFindings.length > 0 ? EXIT_NEW_FINDING : 0;
}

function printFinalStats(s: CampaignStats, out: string): void {
  const secs = s.elapsedMs / 1000;
  say(`Done ${s.programs} programs in ${secs.toFixed(1)} s (${(s.programs / Math.max(secs, 1e-3)).toFixed(1)} progs/s)`);
  const others = s.signatures.size - s.newFindings.length - s.luajitFindings.length;
  say(`divergences: ${s.divergences}, unique signatures: ${s.signatures.size}, new findings: ${s.newFindings.length}` +
    `, LuaJIT JIT findings: ${s.luajitFindings.length}, reference differences: ${others}, generator defects: ${s.generatorDefects}` +
    `, not confirmed by fresh processes: ${s.unconfirmed}`);
  for (const [sig, n] of s.signatures) {
    say(`  [${n}] ${s.verdicts.get(sig) ?? '?'}: ${sig}${s.files.has(sig) ? `  -> ${s.files.get(sig)}` : ''}`);
  }
  const m = [...s.minimised.values()];
  if (m.length) {
    const median = (xs: number[]): number => { const v = [...xs].sort((a, b) => a - b); return v[(v.length - 1) >> 1]!; };
    say(`minimised ${m.length} findings: median ${median(m.map((x) => x.from))} -> ${median(m.map((x) => x.to))} lines, ` +
      `median ${(median(m.map((x) => x.ms)) / 1000).toFixed(1)} s each`);
  }
  const tot = (k: 'crash' | 'timeout'): number => Object.values(s.perOracle).reduce((x, o) => x + o[k], 0);
  say(`timeouts: ${tot('timeout')}, crashes: ${tot('crash')}`);
  for (const [n, o] of Object.entries(s.perOracle)) {
    say(`  ${n.padEnd(12)} ${(s.programs / Math.max(o.ms / 1000, 1e-3)).toFixed(0).padStart(6)} progs/s (busy time)  ` +
      `ok ${o.ok} error ${o.error} crash ${o.crash} timeout ${o.timeout}`);
  }
  say(`reports: ${out}`);
}

// -- repro -------------------------------------------------------------------------
function findingFiles(target: string): string[] {
  if (statSync(target).isDirectory()) {
    return readdirSync(target).filter((f) => /^(divergence|crash|timeout|oom)-[0-9a-f]{40}\.lua$/.test(f)).map((f) => join(target, f));
  }
  return [target];
}

/** The oracles, JIT options and mode a finding was made with (from its .json), if it has one. */
function settingsOf(file: string): CampaignSettings {
  const json = file.replace(/(\.orig)?\.lua$/, '.json');
  if (!existsSync(json)) return {};
  const j = JSON.parse(readFileSync(json, 'utf8')) as { oracles: object; options?: { jitOpt?: string[]; mode?: string } };
  return { oracles: Object.keys(j.oracles), jitOpt: j.options?.jitOpt, mode: j.options?.mode };
}

/** Plain-text side-by-side view for the terminal. */
export function textSideBySide(results: OracleResult[], d: Divergence | null): string {
  const cols = results.map((r) => [r.oracle, `[${r.status}]`, ...r.stdout.replace(/\n$/, '').split('\n'),
    ...(r.error ? [`error: ${r.error}`] : [])]);
  const w = Math.min(48, Math.max(...cols.flat().map((c) => c.length)));
  const n = Math.max(...cols.map((c) => c.length));
  const lines: string[] = [];
  const diffRow = d?.kind === 'output' ? d.firstDiff.line + 1 : -1;
  for (let i = 0; i < n; i++) {
    const row = cols.map((c) => (c[i] ?? '').slice(0, w).padEnd(w)).join(' | ');
    lines.push(i === diffRow ? pc.red(`>> ${row}`) : `   ${row}`);
  }
  return lines.join('\n');
}

async function repro(a: Common & { target: string; repeat: number }): Promise<number> {
  let still = 0;
  for (const file of findingFiles(a.target)) {
    const oracles = await oraclesFrom(a, settingsOf(file));
    const source = readFileSync(file, 'latin1');
    const run = { timeoutMs: a.timeout * 1000 };
    const out = await runOnAll(oracles, source, run);
    const ex = out.divergence ? await examineOutcome(oracles, source, { ...out, divergence: out.divergence }, run) : null;
    // --repeat: is the signature the same every time (the one recorded in the file's header)?
    const recorded = /^-- signature: (.*)$/m.exec(source)?.[1] ?? ex?.diagnosis.signature;
    let same = 0;
    for (let i = 0; i < a.repeat; i++) if ((await signatureOf(oracles, source, run)) === recorded) same++;
    for (const o of oracles) await o.close();
    say(`== ${file}`);
    say(textSideBySide(out.results, out.divergence));
    if (ex) {
      still++;
      say(pc.red(`still diverges: ${ex.diagnosis.signature}`));
      say(`verdict: ${ex.judgement.verdict}${ex.judgement.known ? ` (known difference: ${ex.judgement.known.title})` : ''}`);
      const site = ex.diagnosis.site;
      if (site) say(`first differing operation: ${site.text}  [${ex.divergence.groups.map((g, i) => `${g.join('+')}: ${site.values[i]}`).join('  ')}]`);
    } else say(pc.green('all oracles agree (fixed)'));
    if (ex?.judgement.verdict === 'luajit-jit') for (const l of formatStock(await checkStock(source))) say(l);
    if (a.repeat > 0) say(`signature stability: ${same}/${a.repeat} runs gave ${recorded ?? '(none)'}`);
  }
  return still > 0 ? 1 : 0;
}

// -- minimise ----------------------------------------------------------------------
async function minimiseCmd(a: Common & { file: string; out?: string }): Promise<number> {
  const oracles = await oraclesFrom(a, settingsOf(a.file));
  const source = readFileSync(a.file, 'latin1');
  const run = { timeoutMs: a.timeout * 1000 };
  const sig = await signatureOf(oracles, source, run);
  if (!sig) { say('all oracles agree: nothing to minimise'); for (const o of oracles) await o.close(); return 0; }
  say(`signature: ${sig}`);
  const budget = candidateOptions((await runOnAll(oracles, source, run)).results, run);
  const jitOpt = splitJitOpt(source).params ?? settingsOf(a.file).jitOpt ?? [];
  const m = await minimise(source, (s) => hasSignature(oracles, s, sig, budget), { ...DEFAULT_MINIMISE, jitOpt });
  for (const o of oracles) await o.close();
  const out = a.out ?? join(dirname(a.file), `minimized-from-${sha1(source)}.lua`);
  writeFileSync(out, Buffer.from(m.source, 'latin1'));
  say(`${m.tests} candidates tested; ${lineCount(source)} -> ${lineCount(m.source)} lines`);
  say(`written to ${out}`);
  return 0;
}

// -- argument parsing --------------------------------------------------------------
export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const common = {
    oracles: { type: 'string', describe: `comma list of interp,luajit-joff,luajit,lua51 (default ${DEFAULT_ORACLES.join(',')}; repro and minimise: the finding's)` },
    jobs: { type: 'number', default: cpus().length, alias: ['workers'], describe: 'programs run concurrently' },
    timeout: { type: 'number', default: DEFAULT_TIMEOUT_MS / 1000, describe: 'seconds per program before it is a timeout' },
    mode: { choices: ['persistent', 'spawn'], describe: 'reference interpreters: persistent driver (default) or one process per program' },
    'jit-opt': { type: 'string', array: true, describe: 'luajit -O arguments for the JIT-on oracle, e.g. hotloop=1' },
  } as const;
  await yargs(argv)
    .parserConfiguration({ 'short-option-groups': false })
    .scriptName('tracefuzz')
    .command('fuzz', 'run a fuzz campaign', (y) => y.options({
      ...common,
      runs: { type: 'number', default: -1, describe: 'programs to run (-1: until --time)' },
      time: { type: 'number', default: 0, alias: ['max_total_time'], describe: 'seconds to run (0: no limit)' },
      seed: { type: 'number', default: 0, describe: 'campaign seed (0: random)' },
      out: { type: 'string', describe: 'campaign folder (default reports/<date>-seed<N>)' },
      artifact_prefix: { type: 'string', describe: 'libFuzzer alias of --out' },
      ci: { type: 'boolean', default: false, describe: `no progress line; exit ${EXIT_NEW_FINDING} on a new finding against our VM` },
      minimise: { type: 'boolean', default: true, describe: 'minimise findings (--no-minimise to skip)' },
      iters: { type: 'string', describe: 'hot loop iterations "min,max" (default 100,300)' },
      print_final_stats: { type: 'number', describe: 'accepted for libFuzzer compatibility (always printed)' },
    }), async (a) => {
      const runs = a.runs < 0 && a.time <= 0 ? 1000 : a.runs; // never run forever by accident
      code = await fuzz({ ...a, runs } as Parameters<typeof fuzz>[0]);
    })
    .command('repro <target>', 're-run a finding (report dir or .lua); exit 1 while it diverges', (y) =>
      y.positional('target', { type: 'string', demandOption: true }).options({
        ...common, repeat: { type: 'number', default: 0, describe: 'examine N more times and count how often the signature is the recorded one' },
      }),
    async (a) => { code = await repro(a as Parameters<typeof repro>[0]); })
    .command(['minimise <file>', 'minimize <file>'], 'minimise a diverging program, keeping its signature', (y) =>
      y.positional('file', { type: 'string', demandOption: true }).options({ ...common, out: { type: 'string' } }),
    async (a) => { code = await minimiseCmd(a as Parameters<typeof minimiseCmd>[0]); })
    .demandCommand(1)
    .strict()
    .fail((msg, err) => { process.stderr.write(`${msg ?? err?.message}\n`); code = 1; })
    .parseAsync();
  return code;
}

const isMain = process.argv[1] && /[\\/](cli\.js|tracefuzz)$/.test(process.argv[1]) && basename(dirname(process.argv[1])) !== 'test';
if (isMain) main(hideBin(process.argv)).then((c) => process.exit(c), (e) => { console.error(e); process.exit(1); });
