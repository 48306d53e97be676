// Robustness: random bytes and mutated conformance programs must end as ok|error|timeout, never a JS exception.
// Reproducible: a fixed-seed PRNG drives everything; a failure names the batch, the index and the program text.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runSource } from '../../jit/index.js';
import { listPrograms, repoRoot } from '../conformance/suite.js';

const SEED = 0x5eed_1234;
const RANDOM_PROGRAMS = 2000;
const MUTATED_PROGRAMS = 2000;
const BATCH = 500;
const MAX_INSTRUCTIONS = 200_000;
const HEAP_LIMIT = 64 * 1024 * 1024;
const MAX_MS_PER_PROGRAM = 2000;
const MAX_RANDOM_LEN = 200;
const MAX_MUTATIONS = 4;
/** Output is counted, not kept, past this many bytes (a mutant may print in a loop). */
const OUTPUT_CAP = 1 << 16;

// -- Seeded PRNG (mulberry32) ----------------------------------------------

type Rng = () => number;

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng: Rng, n: number): number => Math.floor(rng() * n);
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[int(rng, xs.length)]!;

// -- Generators --------------------------------------------------------------

/** Bytes Lua's lexer cares about, so that half of the random strings get past the first token. */
const LUA_CHARS = 'abcdefxyz_019 \n\t()[]{}.,;:=<>~+-*/%^#"\'\\';

const KEYWORDS = [
  'and', 'break', 'do', 'else', 'elseif', 'end', 'false', 'for', 'function', 'if', 'in', 'local', 'nil',
  'not', 'or', 'repeat', 'return', 'then', 'true', 'until', 'while', '...', '..', '=', '(', ')', '{', '}',
  '[[', ']]', '--', '"', 'x', '1e308', '0/0', 'error', 'pcall', 'coroutine.yield', 'setmetatable',
] as const;

/** Random bytes: even indices uniform over 0..255, odd ones drawn from Lua's punctuation and names. */
function randomBytes(rng: Rng, index: number): string {
  const len = int(rng, MAX_RANDOM_LEN + 1);
  let s = '';
  for (let i = 0; i < len; i++) {
    s += index % 2 === 0 ? String.fromCharCode(int(rng, 256)) : LUA_CHARS[int(rng, LUA_CHARS.length)]!;
  }
  return s;
}

/** Split into rough Lua tokens (names, numbers, strings, punctuation, whitespace) for token-level edits. */
function tokens(src: string): string[] {
  return src.match(/[A-Za-z_][A-Za-z0-9_]*|\d[\d.xXa-fA-F]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\s+|\.\.\.?|[=~<>]=|./gs) ?? [];
}

function mutate(rng: Rng, src: string): string {
  const n = 1 + int(rng, MAX_MUTATIONS);
  let s = src;
  for (let k = 0; k < n; k++) {
    const op = int(rng, 7);
    if (op < 4) {
      const toks = tokens(s);
      if (toks.length === 0) continue;
      const i = int(rng, toks.length);
      const j = int(rng, toks.length);
      if (op === 0) toks.splice(i, 1);
      else if (op === 1) toks.splice(i, 0, toks[i]!);
      else if (op === 2) [toks[i], toks[j]] = [toks[j]!, toks[i]!];
      else toks.splice(i, 0, ` ${pick(rng, KEYWORDS)} `);
      s = toks.join('');
    } else {
      const i = int(rng, s.length + 1);
      if (op === 4) s = s.slice(0, i) + s.slice(i + 1);
      else if (op === 5) s = s.slice(0, i) + String.fromCharCode(int(rng, 256)) + s.slice(i);
      else s = s.slice(0, i) + s.slice(i, i + 8) + s.slice(i);
    }
  }
  return s;
}

// -- Checking ------------------------------------------------------------------

/** Run one program; return a problem description, or undefined when the result is well-formed. */
function check(src: string): string | undefined {
  let written = 0;
  const write = (bytes: string): void => { written = Math.min(OUTPUT_CAP, written + bytes.length); };
  const t0 = performance.now();
  let r;
  try {
    r = runSource(src, { chunkname: '@fuzz.lua', maxInstructions: MAX_INSTRUCTIONS, heapLimit: HEAP_LIMIT, write });
  } catch (e) {
    return `JS exception escaped: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`;
  }
  const ms = performance.now() - t0;
  if (r.status !== 'ok' && r.status !== 'error' && r.status !== 'timeout') return `bad status ${String(r.status)}`;
  if (r.status === 'error' && (typeof r.error !== 'string' || r.error.length === 0)) {
    return `error status without a message: ${JSON.stringify(r.error)}`;
  }
  if (ms > MAX_MS_PER_PROGRAM) return `took ${Math.round(ms)} ms (limit ${MAX_MS_PER_PROGRAM})`;
  return undefined;
}

function runBatch(name: string, programs: string[]): string[] {
  const failures: string[] = [];
  programs.forEach((src, i) => {
    const problem = check(src);
    if (problem !== undefined) failures.push(`${name} #${i}: ${problem}\n  program: ${JSON.stringify(src).slice(0, 600)}`);
  });
  return failures;
}

// -- Tests -------------------------------------------------------------------------

const sources = (() => {
  const dir = join(repoRoot(), 'test', 'conformance');
  return listPrograms(dir).map((n) => readFileSync(join(dir, `${n}.lua`), 'latin1'));
})();

for (let b = 0; b < RANDOM_PROGRAMS / BATCH; b++) {
  test(`random byte strings, batch ${b}`, (t) => {
    const rng = mulberry32(SEED + b);
    const programs = Array.from({ length: BATCH }, (_, i) => randomBytes(rng, i));
    const failures = runBatch(`random batch ${b}`, programs);
    t.deepEqual(failures.slice(0, 5), [], `${failures.length} of ${BATCH} failed`);
  });
}

for (let b = 0; b < MUTATED_PROGRAMS / BATCH; b++) {
  test(`mutated conformance programs, batch ${b}`, (t) => {
    t.true(sources.length > 0, 'no conformance programs found');
    const rng = mulberry32(SEED ^ (0x9e3779b9 + b));
    const programs = Array.from({ length: BATCH }, () => mutate(rng, pick(rng, sources)));
    const failures = runBatch(`mutant batch ${b}`, programs);
    t.deepEqual(failures.slice(0, 5), [], `${failures.length} of ${BATCH} failed`);
  });
}

test('collected output is bounded: a runaway printer ends as a timeout with what fitted', (t) => {
  const r = runSource('while true do io.write("abc") end', { maxOutput: 1000 });
  t.is(r.status, 'timeout');
  t.is(r.error, 'output over 1000 bytes');
  t.is(r.stdout, 'abc'.repeat(400).slice(0, 1000));
  const ok = runSource('io.write(("x"):rep(999))', { maxOutput: 1000 });
  t.is(ok.status, 'ok');
});
