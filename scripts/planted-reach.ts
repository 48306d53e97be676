// Reachability of the planted bugs (jit/vm/fault.ts): one fuzz campaign per fault, our VM with that
// fault alone planted (test/fuzz/planted-vm.ts) against luajit -joff, through fuzz/campaign.ts as
// `tracefuzz fuzz` runs it (minimisation off). Reports per fault how soon the first divergence came
// (programs, seconds), how many programs diverged, and their precise signatures; `none` runs the
// same campaign with nothing planted, which must find no divergence.
//
//   npx tsc -p tsconfig.json && node dist/scripts/planted-reach.js [--time S] [--seed N] [--jobs J] [--faults none,all|A,B] [--together] [--out DIR]
//
// Defaults: 300 s per campaign, seed 1, 2 jobs, `none,all` (no fault, then each fault alone).
// --together: one campaign with all the selected faults planted at once; each signature's first
// program is then run with each fault alone (in process) to name the fault(s) it comes from.
import { parseArgs } from 'node:util';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_MAX_INSTRUCTIONS, DEFAULT_TIMEOUT_MS, type Oracle, type OracleOptions } from '../oracles/oracle.js';
import { InterpOracle } from '../oracles/interp.js';
import { LuajitOracle } from '../oracles/luajit.js';
import { runCampaign, type CampaignStats } from '../fuzz/campaign.js';
import { FAULTS, parseFaults } from '../jit/vm/fault.js';
import { runSource } from '../jit/index.js';
import { readFileSync } from 'node:fs';
import { makeResult, PROGRAM_CHUNK } from '../oracles/result.js';
import { readdirSync } from 'node:fs';
import { PLANTED_ENV, PLANTED_VM_MODULE } from '../test/fuzz/planted-vm.js';

const DEFAULT_TIME_SEC = 300;
const MS_PER_SEC = 1000;
const NO_FAULT = 'none';

/** One campaign's outcome for the table. */
interface Reach {
  fault: string;
  programs: number;
  elapsedSec: number;
  diverging: number;
  /** Programs run and seconds elapsed when the first divergence was counted. */
  first?: { programs: number; sec: number };
  signatures: Map<string, number>;
  verdicts: Map<string, string>;
  /** signature -> its report file (the first program that showed it) */
  files: Map<string, string>;
  crashes: number;
}

/**
 * An interp oracle on the planted module with `names` planted: its children read the variable when
 * they load the module, so it is set before they are forked (probe forks them) and left alone while
 * the campaign runs.
 */
async function plantedOracle(names: string, jobs: number): Promise<InterpOracle> {
  process.env[PLANTED_ENV] = names;
  const o = new InterpOracle({ jobs, vmModule: PLANTED_VM_MODULE });
  const why = await o.probe();
  if (why !== null) throw new Error(why);
  return o;
}

/** One campaign of `timeSec` with the fault `name` (or none) planted. */
async function campaign(name: string, o: { timeSec: number; seed: number; jobs: number; out: string }): Promise<Reach> {
  const interp = await plantedOracle(name === NO_FAULT ? '' : name, o.jobs);
  const ref = new LuajitOracle(false);
  const oracles: Oracle[] = [interp, ref];
  const run: OracleOptions = { timeoutMs: DEFAULT_TIMEOUT_MS, maxInstructions: DEFAULT_MAX_INSTRUCTIONS };
  let first: Reach['first'];
  let stats: CampaignStats;
  try {
    const why = await ref.probe();
    if (why !== null) throw new Error(why);
    stats = await runCampaign({
      oracles, runs: -1, timeSec: o.timeSec, seed: o.seed, jobs: o.jobs, out: join(o.out, name), gen: {}, run,
      minimise: null, options: { planted: name }, log: () => {},
      onProgress: (s) => { if (first === undefined && s.divergences > 0) first = { programs: s.programs, sec: s.elapsedMs / MS_PER_SEC }; },
    });
  } finally {
    for (const x of oracles) await x.close();
  }
  const crashes = Object.values(stats.perOracle).reduce((n, x) => n + x.crash, 0);
  return {
    fault: name, programs: stats.programs, elapsedSec: stats.elapsedMs / MS_PER_SEC, diverging: stats.divergences, first,
    signatures: stats.signatures, verdicts: stats.verdicts, files: stats.files, crashes,
  };
}

/** Markdown table cells cannot hold '|' unescaped (signatures separate groups with it). */
const cell = (s: string): string => s.replace(/\|/g, '\\|');

function table(rows: Reach[]): string {
  const lines = [
    '| fault | programs (s) | diverging | % | first at program | first after (s) | signatures (count, verdict) |',
    '|---|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    const pct = r.programs > 0 ? ((100 * r.diverging) / r.programs).toFixed(2) : '-';
    const sigs = [...r.signatures].sort((a, b) => b[1] - a[1])
      .map(([s, n]) => `${n} x \`${cell(s)}\` (${r.verdicts.get(s) ?? '?'})`).join('<br>');
    lines.push(`| ${r.fault} | ${r.programs} (${r.elapsedSec.toFixed(0)}) | ${r.diverging} | ${pct} | ${r.first?.programs ?? '-'} | ` +
      `${r.first?.sec.toFixed(1) ?? '-'} | ${sigs || '-'} |`);
  }
  return lines.join('\n');
}

/** The campaigns to run: `none`, `all` (each fault alone) or fault names, comma-separated. */
function selection(text: string): string[] {
  const names: string[] = [];
  for (const raw of text.split(',')) {
    const n = raw.trim().toUpperCase();
    if (n === '') continue;
    if (n === 'NONE') names.push(NO_FAULT);
    else if (n === 'ALL') names.push(...FAULTS.map(([f]) => f));
    else if (FAULTS.some(([f]) => f === n)) names.push(n);
    else throw new Error(`unknown fault '${raw.trim()}' (known: none, all, ${FAULTS.map(([f]) => f).join(', ')})`);
  }
  return [...new Set(names)];
}

/** The faults that alone make `file`'s program differ from luajit -joff's output (run in process). */
async function attribute(file: string, names: string[]): Promise<string[]> {
  const source = readFileSync(file, 'latin1');
  const ref = new LuajitOracle(false);
  try {
    const want = await ref.run(source, { timeoutMs: DEFAULT_TIMEOUT_MS });
    const key = (status: string, out: string, err?: string): string => `${status}\u0000${out}\u0000${err ?? ''}`;
    return names.filter((n) => {
      const r = runSource(source, { faults: parseFaults(n), maxInstructions: DEFAULT_MAX_INSTRUCTIONS, chunkname: `@${PROGRAM_CHUNK}` });
      const ours = makeResult('interp', r.status, r.stdout, r.error, 0);
      return key(ours.status, ours.stdout, ours.error) !== key(want.status, want.stdout, want.error);
    });
  } finally { await ref.close(); }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: {
    time: { type: 'string', default: String(DEFAULT_TIME_SEC) }, seed: { type: 'string', default: '1' },
    jobs: { type: 'string', default: '2' }, faults: { type: 'string', default: `${NO_FAULT},all` }, out: { type: 'string' },
    together: { type: 'boolean', default: false }, attribute: { type: 'string' },
  } });
  const o = {
    timeSec: Number(values.time), seed: Number(values.seed), jobs: Number(values.jobs),
    out: values.out ?? mkdtempSync(join(tmpdir(), 'planted-reach-')),
  };
  const say = (s: string): void => { process.stdout.write(s + '\n'); };
  say(`# Planted-fault reach: seed ${o.seed}, ${o.timeSec} s per campaign, jobs ${o.jobs}, oracles interp (planted) + luajit-joff`);
  say(`reports under ${o.out}\n`);
  const rows: Reach[] = [];
  if (values.attribute) {
    // Name the faults behind the reports of an earlier --together campaign (its folder).
    const names = FAULTS.map(([f]) => f);
    const dir = values.attribute;
    for (const f of readdirSync(dir).filter((x) => /^divergence-[0-9a-f]{40}\.lua$/.test(x))) {
      const sig = /^-- signature: (.*)$/m.exec(readFileSync(join(dir, f), 'latin1'))?.[1] ?? '?';
      say(`${sig}  <- ${(await attribute(join(dir, f), names)).join('+') || '?'}`);
    }
    return;
  }
  if (values.together) {
    const names = selection(values.faults!).filter((n) => n !== NO_FAULT);
    const r = await campaign(names.join(','), o);
    say(`all at once: ${r.programs} programs in ${r.elapsedSec.toFixed(0)} s, ${r.diverging} diverged, ${r.signatures.size} signature(s)`);
    const found = new Map<string, string[]>();
    for (const [sig, n] of [...r.signatures].sort((a, b) => b[1] - a[1])) {
      const file = r.files.get(sig);
      const from = file ? await attribute(file, names) : [];
      for (const f of from) found.set(f, [...(found.get(f) ?? []), sig]);
      say(`  ${n} x ${sig}  <- ${from.join('+') || '?'}`);
    }
    for (const n of names) say(`${n}: ${found.has(n) ? `${found.get(n)!.length} signature(s)` : 'NOT FOUND'}`);
    return;
  }
  for (const name of selection(values.faults!)) {
    const r = await campaign(name, o);
    say(`${name}: ${r.programs} programs in ${r.elapsedSec.toFixed(0)} s, ${r.diverging} diverged` +
      (r.first ? `, first at program ${r.first.programs} after ${r.first.sec.toFixed(1)} s` : '') +
      `, ${r.signatures.size} signature(s)${r.crashes > 0 ? `, ${r.crashes} crash(es)` : ''}`);
    for (const [s, n] of r.signatures) say(`  ${n} x ${s}`);
    rows.push(r);
  }
  say('\n' + table(rows));
}

await main();
