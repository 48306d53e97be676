// `luats -b` (save and list bytecode) against `luajit -b`: output files, stdout, stderr and exit codes.
import test from 'ava';
import { execa } from 'execa';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LUATS = fileURLToPath(new URL('../../../bin/luats', import.meta.url));
const RUN_TIMEOUT_MS = 20_000;

interface Ran { stdout: string; stderr: string; exitCode: number; file?: string }

const workdir = mkdtempSync(join(tmpdir(), 'luats-bcsave-'));
writeFileSync(join(workdir, 'm.lua'), 'local t = {1, 2, "x", [10] = true}\nlocal function f(a) return a + 1.5 end\nprint(f(#t))\nreturn t\n');
writeFileSync(join(workdir, 'syntax.lua'), 'x = = 1\n');
writeFileSync(join(workdir, 'err.lua'), 'local x\nprint("before")\nreturn x.y\n');
mkdirSync(join(workdir, 'adir'));
mkdirSync(join(workdir, 'sub.d'));
writeFileSync(join(workdir, 'sub.d', 'my-mod.v2.lua'), 'return 1\n');

/**
 * Run one command in workdir; an argument starting with OUT names a fresh output file (OUT.h keeps
 * its extension) whose bytes are returned. Tests run one at a time: they share the folder.
 */
async function run(cmd: 'luats' | 'luajit', args: string[], input = ''): Promise<Ran> {
  const outArg = args.find((a) => a.startsWith('OUT'));
  const out = join(workdir, `out-${cmd}${outArg?.slice(3) ?? ''}`);
  rmSync(out, { force: true });
  const argv = args.map((a) => (a === outArg ? out : a));
  const [file, full] = cmd === 'luats' ? [process.execPath, [LUATS, ...argv]] : ['luajit', argv];
  const r = await execa(file, full, {
    reject: false, input, cwd: workdir, timeout: RUN_TIMEOUT_MS, encoding: 'latin1',
    env: { LUA_INIT: undefined }, extendEnv: true, stripFinalNewline: false,
  });
  const ran: Ran = { stdout: String(r.stdout), stderr: String(r.stderr), exitCode: r.exitCode ?? -1 };
  if (existsSync(out)) ran.file = readFileSync(out, 'latin1');
  return ran;
}

/** luajit's stderr with its program name swapped for ours (the output file's path too). */
const asLuats = (s: string): string => s.replace(/^luajit: /gm, 'luats: ').replace(/luajit -b/g, 'luats -b')
  .replaceAll(join(workdir, 'out-luajit'), join(workdir, 'out-luats'));

async function same(t: import('ava').ExecutionContext, args: string[], input?: string): Promise<void> {
  const ref = await run('luajit', args, input);
  const ours = await run('luats', args, input);
  const what = args.join(' ');
  t.is(ours.exitCode, ref.exitCode, `exit code of -b ${what}`);
  t.is(ours.stderr, asLuats(ref.stderr), `stderr of ${what}`);
  t.is(ours.stdout, ref.stdout, `stdout of ${what}`);
  t.is(ours.file, ref.file, `output file of ${what}`);
}

const CASES: string[][] = [
  // Saving: raw files (stripped by default), to stdout, with and without debug info.
  ['-b', 'm.lua', 'OUT'], ['-bg', 'm.lua', 'OUT'], ['-bs', 'm.lua', 'OUT'], ['-b', '-g', '-s', 'm.lua', '-'],
  ['-bg', 'm.lua', '-'], ['-b', '-t', 'raw', 'm.lua', '-'], ['-b', '--', 'm.lua', '-'], ['-b', 'm.lua', '-g', '-'],
  ['-b', '-e', 'return {1, 2, 3}', '-'], ['-bg', '-e', 'local a = ... return a', '-'],
  // C sources and headers, module names.
  ['-b', '-t', 'c', 'm.lua', '-'], ['-b', '-t', 'h', 'm.lua', '-'], ['-b', '-tC', 'm.lua', '-'], ['-bg', '-t', 'h', 'm.lua', '-'],
  ['-b', '-t', 'c', '-n', 'my.mod-x', 'm.lua', '-'], ['-b', '-t', 'h', 'sub.d/my-mod.v2.lua', '-'],
  ['-b', '-n', 'a b', 'm.lua', '-'], ['-b', '-t', 'h', '-e', 'return 1', '-'], ['-b', 'm.lua', 'OUT.h'],
  // Option and argument errors.
  ['-b', '-t', 'zz', 'm.lua', '-'], ['-b', '-a', 'foo', 'm.lua', 'x'], ['-b', '-o', 'foo', 'm.lua', 'x'],
  ['-b', '-a', 'x64', '-o', 'linux', 'm.lua', '-'], ['-b', 'm.lua'], ['-b'], ['-b', '-l'], ['-bl'],
  ['-b', 'm.lua', '-e', 'x'], ['-b', 'm.lua', '-n'], ['-b', '-x', 'm.lua', 'a'], ['-b', '-tobj', 'm.lua', '-'],
  ['-b', '-e', 'x', '-e', 'y', '-'],
  // Input and output failures.
  ['-b', 'nosuch.lua', 'x'], ['-b', 'syntax.lua', 'x'], ['-b', '-e', 'x=', 'x'], ['-b', 'adir', 'x'],
  ['-b', 'm.lua', '/nonexistent/x'], ['-b', 'm.lua', 'adir'], ['-bl', 'nosuch.lua'],
  // Listing.
  ['-bl', 'm.lua'], ['-bgl', 'm.lua'], ['-b', '-l', '-s', 'm.lua', 'OUT'],
];

for (const args of CASES) {
  test.serial(`luats ${args.join(' ')} matches luajit`, async (t) => {
    await same(t, args);
  });
}

test.serial('stdin to stdout', async (t) => {
  const src = readFileSync(join(workdir, 'm.lua'), 'latin1');
  await same(t, ['-b', '-', '-'], src);
  await same(t, ['-bg', '-', '-'], src);
  await same(t, ['-bl', '-'], src);
});

test.serial('saved bytecode runs, lists and saves again like luajit\'s', async (t) => {
  for (const strip of ['-bs', '-bg']) {
    const ref = await run('luajit', [strip, 'm.lua', 'OUT']);
    writeFileSync(join(workdir, 'm.raw'), Buffer.from(ref.file ?? '', 'latin1'));
    await same(t, ['m.raw']);
    await same(t, ['-bl', 'm.raw']);
    await same(t, ['-bg', 'm.raw', 'OUT']);
    await same(t, ['-bs', 'm.raw', 'OUT']);
  }
  const err = await run('luajit', ['-b', 'err.lua', 'OUT']);
  writeFileSync(join(workdir, 'err.raw'), Buffer.from(err.file ?? '', 'latin1'));
  const a = await run('luajit', ['err.raw']);
  const b = await run('luats', ['err.raw']);
  t.is(a.stdout, b.stdout);
  t.is(asLuats(a.stderr).split('\n')[0], b.stderr.split('\n')[0]);
});

test.serial('a bad bytecode file is refused as luajit refuses it', async (t) => {
  const ref = await run('luajit', ['-b', 'm.lua', 'OUT']);
  writeFileSync(join(workdir, 'cut.raw'), Buffer.from((ref.file ?? '').slice(0, 30), 'latin1'));
  await same(t, ['cut.raw']);
  await same(t, ['-b', 'cut.raw', 'x']);
});

test.serial('object files are refused with a clear error', async (t) => {
  const r = await run('luats', ['-b', '-t', 'obj', 'm.lua', 'x.o']);
  t.is(r.exitCode, 1);
  t.regex(r.stderr, /^luats: .*object file.* not supported/);
});
