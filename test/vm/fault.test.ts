// Planted bugs (jit/vm/fault.ts): each fault turns one program's luajit -joff output into a wrong
// one, and only its own; the fault switch is reachable from tests only, never from luats.
import test from 'ava';
import { execa } from 'execa';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runSource } from '../../jit/index.js';
import { FAULTS, ALL_FAULTS, parseFaults } from '../../jit/vm/fault.js';
import { InterpOracle } from '../../oracles/interp.js';
import { PLANTED_ENV, PLANTED_VM_MODULE } from '../fuzz/planted-vm.js';

const LUAJIT_TIMEOUT_MS = 10_000;
const ORACLE_TIMEOUT_MS = 20_000;
/** The repository root, from dist/test/vm/. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI_JS = join(ROOT, 'dist/jit/cli.js');

/** One program per fault: the output differs under that fault, and under no other. */
const PROGRAMS: Record<string, string> = {
  POW_EXP_LOG: `-- ^ at run time (a function keeps the parser from folding it): 3^5 is exact in C's pow.
local function p(a, b) return a ^ b end
local y = p(3, 5)
print(y, y == 243, y % 3, math.floor(p(7, 3)) == 343)
print(string.format("%.17g %.17g", p(1 / 3, 2), p(1.1, 3)))
`,
  TOSTRING_NEG_ZERO: `-- The sign of a negative zero, as tostring shows it.
local z = -1 / math.huge
print(tostring(z), tostring(0 * -1), tostring(-z), 1 / z)
`,
  SUB_NEG_END: `-- string.sub with negative end indexes.
print(string.sub("hello", 2, -2), ("abcdef"):sub(-4, -3), string.sub("abc", 1, -1), string.sub("abc", -2))
`,
  TCONCAT_HOST_NUM: `-- table.concat of numbers that %.14g writes shorter or otherwise than JavaScript.
local t = {1, 0.5, 1 / 3, 2 ^ 53 - 1, math.huge, -1 / math.huge, 1e15, 123}
print(table.concat(t, ","))
print(table.concat({7, 8.25, -3}, " "))
`,
  STR_CMP_PREFIX: `-- Ordered comparison of strings where one is a prefix of the other.
local e, a, ab = "", "a", "ab"
print(e < a, a < ab, ab < a, a <= ab, ab <= a, ab > a, "abc" >= "abd")
if a < ab then print("lt") else print("not lt") end
`,
  FLOAT_KEY_TRUNC: `-- Non-integral number keys are keys of their own: t[2.5] is not t[2].
local t = {10, 20, 30}
local k = 2.5
print(t[k], t[k - 1], t[k + 0.5], t[-0.5], t[0.5])
local h = {}
h[1.5] = "x"
print(h[1.5], h[1], rawget(t, 2.5))
`,
  FMT_ZERO_PREC: `-- The '0' flag is ignored for integer conversions with a precision.
print(string.format("[%05.2d] [%08.3x] [%05d] [%06.1o]", 7, 255, 42, 8))
`,
  ABS_INT32: `-- math.abs past the int32 range.
print(math.abs(2 ^ 31), math.abs(-2 ^ 31), math.abs(2 ^ 53 - 1), math.abs(-5), math.abs(-1.5))
`,
  CO_STATUS_NORMAL: `-- The status of a coroutine that resumed another one is "normal".
local outer
outer = coroutine.create(function()
  local inner = coroutine.create(function() return coroutine.status(outer) end)
  print(coroutine.resume(inner))
  print(coroutine.status(outer))
end)
print(coroutine.resume(outer))
print(coroutine.status(outer))
`,
};

/** What luajit -joff prints for a program: stdout, plus the error line if it fails. */
async function luajit(source: string): Promise<string> {
  const r = await execa('luajit', ['-joff', '-'], { input: source, encoding: 'latin1', reject: false, timeout: LUAJIT_TIMEOUT_MS });
  return r.exitCode === 0 ? r.stdout : `${r.stdout}\nERROR: ${r.stderr.split('\n')[0]}`;
}

/** The same text from our VM in this process, with the given faults. */
function ours(source: string, faults: number): string {
  const r = runSource(source, { chunkname: '=stdin', faults });
  const out = r.stdout.replace(/\n$/, ''); // execa strips the final newline
  return r.status === 'ok' ? out : `${out}\nERROR: luajit: ${r.error}`;
}

// -- The fault table ---------------------------------------------------------------

test('every fault is one bit of its own, has a name and a program', (t) => {
  const bits = FAULTS.map(([, f]) => f);
  for (const f of bits) t.is(f & (f - 1), 0, `fault ${f} is a single bit`);
  t.is(new Set(bits).size, bits.length);
  t.is(new Set(FAULTS.map(([n]) => n)).size, FAULTS.length);
  t.is(ALL_FAULTS, bits.reduce((m, f) => m | f, 0));
  t.true(FAULTS.length >= 6);
  t.deepEqual(Object.keys(PROGRAMS).sort(), FAULTS.map(([n]) => n).sort());
});

test('fault lists parse by name, "all", and reject unknown names', (t) => {
  t.is(parseFaults(''), 0);
  t.is(parseFaults('all'), ALL_FAULTS);
  t.is(parseFaults(' abs_int32 , SUB_NEG_END'), parseFaults('ABS_INT32') | parseFaults('SUB_NEG_END'));
  t.throws(() => parseFaults('ABS_INT32,NO_SUCH_FAULT'), { message: /unknown fault 'NO_SUCH_FAULT'/ });
});

// -- Each fault against the reference --------------------------------------------------

for (const [name, fault] of FAULTS) {
  test(`${name}: luajit -joff = ours; ours with ${name} differs; ours with every other fault agrees`, async (t) => {
    const src = PROGRAMS[name];
    if (src === undefined) { t.fail(`no program for ${name}`); return; }
    const expected = await luajit(src);
    t.is(ours(src, 0), expected, 'no fault: as luajit -joff');
    t.not(ours(src, fault), expected, `${name} shows`);
    t.is(ours(src, ALL_FAULTS & ~fault), expected, 'the program trips no other fault');
  });
}

test('two VMs in one process share no faults', (t) => {
  const src = PROGRAMS.ABS_INT32!;
  const bad = ours(src, ALL_FAULTS);
  t.not(ours(src, 0), bad);
  t.is(ours(src, ALL_FAULTS), bad);
  t.is(ours(src, 0), ours(src, 0));
});

// -- Only tests can plant --------------------------------------------------------------

test('luats has no way to the faults: jit/cli.ts never names them, nothing in jit/ reads the variable', (t) => {
  const cli = readFileSync(join(ROOT, 'jit/cli.ts'), 'utf8');
  t.notRegex(cli, /\bfaults?\b|fault\.js/i); // ("default" does not count)
  t.notRegex(cli, /PLANTED/);
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
  for (const f of walk(join(ROOT, 'jit'))) t.notRegex(readFileSync(f, 'utf8'), /TRACEFUZZ_PLANTED|process\.env\[?[^\n]*PLANTED/, f);
  // Global.faults is written in one place only: from RunOptions.faults in newState.
  const writers = walk(join(ROOT, 'jit')).filter((f) => /\.faults\s*=[^=]/.test(readFileSync(f, 'utf8')));
  t.deepEqual(writers.map((f) => f.slice(ROOT.length)), ['jit/vm/run.ts']);
});

test('luats ignores TRACEFUZZ_PLANTED', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'tracefuzz-fault-'));
  const file = join(dir, 'all.lua');
  writeFileSync(file, Object.values(PROGRAMS).join('\n'), 'latin1');
  const r = await execa(process.execPath, [CLI_JS, file], {
    env: { ...process.env, [PLANTED_ENV]: 'all' }, encoding: 'latin1', reject: false, timeout: ORACLE_TIMEOUT_MS,
  });
  t.is(r.exitCode, 0, r.stderr);
  t.is(r.stdout, await luajit(readFileSync(file, 'latin1')));
});

test.serial('the interp oracle with the planted module plants what TRACEFUZZ_PLANTED names', async (t) => {
  const src = PROGRAMS.SUB_NEG_END!;
  const expected = `${await luajit(src)}\n`;
  const saved = process.env[PLANTED_ENV];
  const run = async (names: string): Promise<string> => {
    process.env[PLANTED_ENV] = names; // the pool's child is forked on the first run, with this environment
    const o = new InterpOracle({ jobs: 1, vmModule: PLANTED_VM_MODULE });
    try {
      const r = await o.run(src, { timeoutMs: ORACLE_TIMEOUT_MS });
      t.is(r.status, 'ok', r.error);
      return r.stdout;
    } finally {
      await o.close();
      if (saved === undefined) delete process.env[PLANTED_ENV]; else process.env[PLANTED_ENV] = saved;
    }
  };
  t.is(await run(''), expected);
  t.is(await run('ABS_INT32'), expected);
  t.not(await run('SUB_NEG_END'), expected);
  t.not(await run('all'), expected);
});
