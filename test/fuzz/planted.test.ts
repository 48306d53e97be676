// A planted divergence: an oracle wrapper that mis-prints one kind of number. The campaign must find
// it, minimise it to at most 15 lines, and write a complete report.
import test from 'ava';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LuajitOracle } from '../../oracles/luajit.js';
import type { Oracle, OracleOptions } from '../../oracles/oracle.js';
import type { OracleResult } from '../../oracles/result.js';
import { runCampaign } from '../../fuzz/campaign.js';
import { DEFAULT_MINIMISE } from '../../fuzz/minimise/minimise.js';

const REPORT_HEADER_LINES = 5;
const MAX_MINIMISED_LINES = 15;

/** luajit -joff, except that an output line holding only an integer ending in 7 comes out ending in 8. */
class MisprintOracle implements Oracle {
  readonly name = 'planted';
  private inner = new LuajitOracle(false);
  command(file: string): string { return `planted ${file}`; }
  async probe(): Promise<string | null> { return this.inner.probe(); }
  async run(source: string, opts: OracleOptions): Promise<OracleResult> {
    const r = await this.inner.run(source, opts);
    return { ...r, oracle: this.name, stdout: r.stdout.replace(/^(-?\d*)7$/gm, '$18') };
  }
  async close(): Promise<void> { await this.inner.close(); }
}

test('the harness finds a planted mis-print, minimises it and writes a complete report', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'tracefuzz-planted-'));
  const oracles: Oracle[] = [new LuajitOracle(false), new MisprintOracle()];
  try {
    const stats = await runCampaign({
      oracles, runs: 60, timeSec: 60, seed: 5, jobs: 2, out, gen: {}, run: { timeoutMs: 10_000 },
      minimise: { ...DEFAULT_MINIMISE, shrinkBudget: 150, reduceBudget: 400 }, options: { test: 'planted' }, log: () => {},
    });
    t.true(stats.divergences >= 1, 'the planted divergence was found');
    // The mis-print is in print's output, not in any value: located by the first differing line.
    const sig = 'output:luajit-joff|planted:print value';
    t.true(stats.signatures.has(sig), [...stats.signatures.keys()].join('\n'));
    const lua = stats.files.get(sig)!;
    const text = readFileSync(lua, 'latin1');
    const body = text.split('\n').slice(REPORT_HEADER_LINES).filter((l) => l.trim() !== '');
    t.log(text);
    t.true(body.length <= MAX_MINIMISED_LINES, `${body.length} lines`);
    t.regex(text, /^-- tracefuzz .*\n-- options: .*\n-- seed: \d+ path: \S+\n-- signature: output:.*\n-- verdict: vm\n/);
    const stem = lua.replace(/\.lua$/, '');
    const files = readdirSync(out);
    for (const ext of ['.lua', '.orig.lua', '.json', '.md']) t.true(files.includes(stem.split('/').pop()! + ext), ext);
    t.true(files.includes('index.md') && files.includes('settings.json'));
    const json = JSON.parse(readFileSync(`${stem}.json`, 'utf8'));
    t.is(json.signature, sig);
    t.is(typeof json.seed, 'number');
    t.is(typeof json.path, 'string');
    t.deepEqual(Object.keys(json.oracles), ['luajit-joff', 'planted']);
    t.is(json.oracles['luajit-joff'].status, 'ok');
    t.regex(json.oracles.planted.stdout, /8\n/);
    const md = readFileSync(`${stem}.md`, 'utf8');
    t.regex(md, /\*\*>> \d+\*\*/); // the first differing line is marked
    t.regex(md, /npm run repro -- /);
    t.regex(md, /luajit -joff /);
  } finally { for (const o of oracles) await o.close(); }
});
