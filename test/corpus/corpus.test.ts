// Every corpus program (seeds and regressions) through every available oracle; any divergence fails.
import test from 'ava';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import { openOracles, ORACLE_NAMES } from '../../oracles/registry.js';
import { examine } from '../../fuzz/runner.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'corpus');

function corpusFiles(): string[] {
  return ['seeds', 'regressions'].flatMap((d) => {
    const dir = join(ROOT, d);
    return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.lua')).sort().map((f) => join(dir, f)) : [];
  });
}

test('every corpus program agrees on every available oracle', async (t) => {
  const notes: string[] = [];
  const oracles = await openOracles([...ORACLE_NAMES], { jobs: cpus().length }, (l) => notes.push(l));
  const failed: string[] = [];
  const files = corpusFiles();
  const ran = oracles.map((o) => o.name);
  try {
    for (const f of files) {
      const ex = await examine(oracles, readFileSync(f, 'latin1'), { timeoutMs: 20_000 });
      // A difference that is not our VM's (LuaJIT's JIT, a known reference difference) is logged, not failed.
      if (ex && ex.judgement.verdict === 'vm') failed.push(`${f}: ${ex.diagnosis.signature}`);
      else if (ex) t.log(`${f}: ${ex.judgement.verdict}: ${ex.diagnosis.signature}`);
    }
  } finally { for (const o of oracles) await o.close(); }
  // Comparing needs two oracles, and the verdict needs ours and the reference interpreter.
  t.true(ran.length >= 2 && ran.includes('interp') && ran.includes('luajit-joff'), `oracles that ran: ${ran.join(', ')}`);
  for (const n of notes) t.log(n);
  const summary = `${files.length - failed.length} passed, ${failed.length} failed (oracles: ${oracles.map((o) => o.name).join(', ')})`;
  console.log(summary);
  for (const f of failed) console.log(`  ${f}\n  rerun: npm run repro -- ${f.split(':')[0]}`);
  t.true(files.length >= 12, `${files.length} corpus files`);
  t.deepEqual(failed, [], summary);
});
