// bench/: the README table parser against the reference's output, and one small end-to-end run.
import test from 'ava';
import { execa } from 'execa';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { loadSuite, parseSuite } from '../../bench/suite.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const BENCH_DIR = resolve(REPO_ROOT, '..', 'shared', 'bench');
const BENCH_JS = resolve(REPO_ROOT, 'dist', 'bench', 'bench.js');

test('every program in the README table exists', (t) => {
  const suite = loadSuite(BENCH_DIR);
  t.true(suite.length > 0);
  for (const p of suite) t.true(existsSync(p.file), p.file);
});

// The fast ones: their README checksum must be what luajit prints at the default size.
for (const name of ['fib', 'hashtable', 'strings', 'fannkuch']) {
  test(`README checksum of ${name} is luajit's output`, async (t) => {
    const p = loadSuite(BENCH_DIR).find((q) => q.name === name);
    if (!p) return t.fail(`${name} not in the README table`);
    const r = await execa('luajit', [p.file, String(p.defaultSize)], { encoding: 'latin1' });
    t.is(p.checksum, String(r.stdout));
  });
}

test('the linear-work sentence is parsed, wrapped lines included', (t) => {
  const readme = 'comparing time where the work scales\nlinearly (alpha, beta) and more\n| alpha.lua | x | 10 | 1 |\n| gamma.lua | y | 5 | a\tb |\n';
  const suite = parseSuite(readme, '/d');
  t.deepEqual(suite.map((p) => [p.name, p.linear, p.defaultSize, p.checksum]), [['alpha', true, 10, '1'], ['gamma', false, 5, 'a\tb']]);
});

test('the runner prints a table with ratios and a geomean', async (t) => {
  const r = await execa(process.execPath, [BENCH_JS, '--vm', 'luajit,lua5.1', '--only', 'fib,sieve', '--size', 'fib=20,sieve=1000', '--runs', '1', '--timeout', '30'], { reject: false });
  t.is(r.exitCode, 0, String(r.stderr));
  const out = String(r.stdout);
  t.regex(out, /^program\s+size\s+luajit\s+\/lua5\.1\s+lua5\.1$/m);
  t.regex(out, /^fib\s+20\s+\d+\.\d{3}\s+\d+\.\d\d\s+\d+\.\d{3}$/m);
  t.regex(out, /^geomean\s+\d+\.\d\d$/m);
});

test('a program that fails is shown as FAIL, not a crash', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  writeFileSync(join(dir, 'README.md'), '| boom.lua | errors | 3 | 3 |\n| ok.lua | prints | 3 | 3 |\n');
  writeFileSync(join(dir, 'boom.lua'), 'error("boom")\n');
  writeFileSync(join(dir, 'ok.lua'), 'print(arg[1])\n');
  const r = await execa(process.execPath, [BENCH_JS, '--vm', 'luajit,lua5.1', '--runs', '1', '--dir', dir], { reject: false });
  t.is(r.exitCode, 0, String(r.stderr));
  t.regex(String(r.stdout), /^boom\s+3\s+FAIL\s+FAIL$/m);
  t.regex(String(r.stdout), /^ok\s+3\s+\d+\.\d{3}\s+\d+\.\d\d\s+\d+\.\d{3}$/m);
});
