// Campaign robustness: VM children killed mid-program are crashes and the campaign goes on; the CLI
// runs a seeded campaign to completion and prints its summary.
import test from 'ava';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { InterpOracle } from '../../oracles/interp.js';
import { LuajitOracle } from '../../oracles/luajit.js';
import { runCampaign } from '../../fuzz/campaign.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const FAKE_VM = join(HERE, '..', 'oracles', 'fixtures', 'fake-vm.js');
const CLI = join(HERE, '..', '..', 'fuzz', 'cli.js');
const RUNS = 40;

test('children killed by a signal mid-program are recorded as crash and the campaign goes on', async (t) => {
  process.env.TF_FAKE_KILL_MOD = '4'; // about one program in four kills its child
  const interp = new InterpOracle({ jobs: 2, vmModule: FAKE_VM });
  const ref = new LuajitOracle(false);
  try {
    const stats = await runCampaign({
      oracles: [interp, ref], runs: RUNS, timeSec: 60, seed: 9, jobs: 2, out: mkdtempSync(join(tmpdir(), 'tf-crash-')),
      gen: {}, run: { timeoutMs: 10_000 }, minimise: null, options: {}, log: () => {},
    });
    t.is(stats.programs, RUNS);
    t.true(stats.perOracle.interp!.crash >= 1, `${stats.perOracle.interp!.crash} crashes`);
    t.true(stats.perOracle.interp!.ok >= 1);
    t.is(stats.perOracle.interp!.crash + stats.perOracle.interp!.ok + stats.perOracle.interp!.error, RUNS);
    t.true([...stats.signatures.keys()].some((s) => s.startsWith('status:interp|luajit-joff:crash ')));
    t.true(interp.pool.started > 2, 'dead children were replaced');
  } finally { delete process.env.TF_FAKE_KILL_MOD; await interp.close(); await ref.close(); }
});

test('tracefuzz fuzz --runs N --seed 1 runs to completion and prints a summary', (t) => {
  const out = mkdtempSync(join(tmpdir(), 'tf-cli-'));
  const text = execFileSync('node', [CLI, 'fuzz', '--runs', '60', '--seed', '1', '--oracles', 'luajit-joff,luajit',
    '--out', out, '--ci'], { encoding: 'utf8' });
  t.regex(text, /^INFO: Seed: 1\n/);
  t.regex(text, /Done 60 programs in [\d.]+ s \([\d.]+ progs\/s\)/);
  t.regex(text, /divergences: \d+, unique signatures: \d+/);
  t.regex(text, /luajit-joff +\d+ progs\/s/);
});

test('libFuzzer spellings are accepted', (t) => {
  const out = mkdtempSync(join(tmpdir(), 'tf-cli-'));
  const text = execFileSync('node', [CLI, 'fuzz', '-runs=5', '-seed=2', '-jobs=1', '-print_final_stats=1',
    '--oracles=luajit-joff,luajit', `-artifact_prefix=${out}/`], { encoding: 'utf8' });
  t.regex(text, /INFO: Seed: 2/);
  t.regex(text, /Done 5 programs/);
  t.regex(text, new RegExp(`reports: ${out}`));
});
