// Golden-output suites: run each X.lua in-process and compare with X.expected made by scripts/gen-expected.sh.
// Shared by test/conformance and test/errors; the expected text comes from the reference, `luajit -joff`.
import test from 'ava';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSource } from '../../jit/index.js';

/** Bytecode budget per program: ~10x what the largest suite program needs, low enough that a runaway loop fails in seconds. */
const MAX_INSTRUCTIONS = 50_000_000;
/** Lines of context printed around the first differing line. */
const DIFF_CONTEXT = 2;

/** The repository root, found from this file's compiled location (dist/test/conformance/suite.js). */
export function repoRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
}

/** The program names (basenames without .lua) of a suite folder, sorted. */
export function listPrograms(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.lua')).map((f) => f.slice(0, -'.lua'.length)).sort();
}

/**
 * Build the text scripts/gen-expected.sh writes: stdout, then for an error a final
 * "ERROR: <first line of the message>" line (or "EXIT: <status>" for os.exit with a failure status),
 * after a newline if stdout did not end with one.
 */
export function expectedText(stdout: string, status: string, error: string | undefined, exitCode?: number): string {
  let text = stdout;
  if (status === 'ok' && exitCode !== undefined && exitCode !== 0) {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
    text += `EXIT: ${exitCode}\n`;
  } else if (status === 'error') {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
    text += `ERROR: ${(error ?? '').split('\n')[0]}\n`;
  } else if (status !== 'ok') {
    if (text.length > 0 && !text.endsWith('\n')) text += '\n';
    text += `STATUS: ${status}\n`;
  }
  return text;
}

/** Run one program as `luajit -joff X.lua` would from inside its folder; JS exceptions become a STATUS line. */
export function runProgram(dir: string, name: string): string {
  const src = readFileSync(join(dir, `${name}.lua`), 'latin1');
  try {
    // The reference ran with -joff: so do we (jit.status(), hot counters).
    const r = runSource(src, { chunkname: `@${name}.lua`, maxInstructions: MAX_INSTRUCTIONS, jit: { on: false } });
    return expectedText(r.stdout, r.status, r.error, r.exitCode);
  } catch (e) {
    return `STATUS: JS exception: ${e instanceof Error ? e.message : String(e)}\n`;
  }
}

/** A readable report of the first line where `actual` differs from `expected`, or undefined when equal. */
export function firstDifference(expected: string, actual: string): string | undefined {
  if (expected === actual) return undefined;
  const e = expected.split('\n');
  const a = actual.split('\n');
  let i = 0;
  while (i < e.length && i < a.length && e[i] === a[i]) i++;
  const show = (s: string | undefined): string => (s === undefined ? '<end of output>' : JSON.stringify(s));
  const lines = [`first difference at line ${i + 1}:`, `  expected: ${show(e[i])}`, `  actual:   ${show(a[i])}`];
  const from = Math.max(0, i - DIFF_CONTEXT);
  if (from < i) lines.push('  preceding lines (equal):', ...e.slice(from, i).map((l) => `    ${JSON.stringify(l)}`));
  lines.push(`  (expected ${e.length} lines, got ${a.length})`);
  return lines.join('\n');
}

/**
 * Register one ava test per program in `sub` (a folder under test/, e.g. "conformance"). Programs named in
 * <sub>/known-differences.json must still differ (remove them from the list once fixed); all others must match.
 */
export function defineSuite(sub: string): void {
  const dir = join(repoRoot(), 'test', sub);
  const known = JSON.parse(readFileSync(join(dir, 'known-differences.json'), 'utf8')) as Record<string, string>;
  const programs = listPrograms(dir);
  let passed = 0;
  let knownSeen = 0;

  test(`${sub}: known-differences.json names only existing programs`, (t) => {
    const missing = Object.keys(known).filter((k) => !programs.includes(k));
    t.deepEqual(missing, [], 'listed programs that do not exist');
  });

  for (const name of programs) {
    test(`${sub}/${name}`, (t) => {
      const expected = readFileSync(join(dir, `${name}.expected`), 'latin1');
      const actual = runProgram(dir, name);
      const diff = firstDifference(expected, actual);
      const reason = known[name];
      if (reason !== undefined) {
        knownSeen++;
        t.log(`known difference: ${reason}`);
        t.truthy(diff, `${name} now matches the reference: remove it from test/${sub}/known-differences.json`);
        return;
      }
      if (diff !== undefined) t.fail(`${name}.lua differs from ${name}.expected\n${diff}`);
      else {
        passed++;
        t.pass();
      }
    });
  }

  test.after.always(() => {
    console.log(`${sub}: ${passed} passed, ${knownSeen} known differences (of ${programs.length} programs)`);
  });
}
