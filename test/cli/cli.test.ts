// bin/luats against the reference luajit: argument handling, error texts and exit codes, end to end.
import test from 'ava';
import { execa } from 'execa';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LUATS = fileURLToPath(new URL('../../../bin/luats', import.meta.url));
const RUN_TIMEOUT_MS = 20_000;

interface Ran { stdout: string; stderr: string; exitCode: number }

async function run(
  cmd: 'luats' | 'luajit', args: string[], opts: { input?: string; cwd?: string; env?: Record<string, string> } = {},
): Promise<Ran> {
  const [file, argv] = cmd === 'luats' ? [process.execPath, [LUATS, ...args]] : ['luajit', args];
  const r = await execa(file, argv, {
    reject: false, input: opts.input ?? '', cwd: opts.cwd, timeout: RUN_TIMEOUT_MS,
    env: { LUA_INIT: undefined, ...opts.env }, extendEnv: true, stripFinalNewline: false,
  });
  return { stdout: String(r.stdout), stderr: String(r.stderr), exitCode: r.exitCode ?? -1 };
}

/** luajit's stderr with its program name swapped for ours. */
function asLuats(stderr: string): string {
  return stderr.replace(/^luajit: /gm, 'luats: ').replace(/usage: luajit /g, 'usage: luats ');
}

/** Same exit code and same stderr (up to the program name) as luajit for these arguments. */
async function sameAsLuajit(t: import('ava').ExecutionContext, args: string[], input?: string): Promise<void> {
  const [ref, ours] = await Promise.all([run('luajit', args, { input }), run('luats', args, { input })]);
  t.is(ours.exitCode, ref.exitCode, `exit code for ${args.join(' ')}`);
  t.is(ours.stderr, asLuats(ref.stderr), `stderr for ${args.join(' ')}`);
}

const workdir = mkdtempSync(join(tmpdir(), 'luats-cli-'));
writeFileSync(join(workdir, 'args.lua'), 'print(select("#", ...), ...)\nprint(arg[0], arg[1], arg[2], #arg)\n');
writeFileSync(join(workdir, 'boom.lua'), 'local function f()\n  error("boom")\nend\nf()\n');
writeFileSync(join(workdir, 'syntax.lua'), 'x = = 1\n');
writeFileSync(join(workdir, 'loop.lua'), 'local s = 0\nfor i = 1, 10 do s = s + i * 0.5 end\nprint(s)\n');
mkdirSync(join(workdir, 'adir'));
writeFileSync(join(workdir, 'lmod.lua'), 'print("loading", ...)\nlmod_global = 7\nreturn { v = 1 }\n');
writeFileSync(join(workdir, 'lbad.lua'), 'x = = 1\n');
writeFileSync(join(workdir, 'lerr.lua'), 'error("fails while loading")\n');
mkdirSync(join(workdir, 'lpath'));
writeFileSync(join(workdir, 'lpath', 'envmod.lua'), 'print("from LUA_PATH", ...)\n');

// -- Arguments and flags (no VM needed) -------------------------------------

for (const args of [['-h'], ['--x'], ['-e'], ['-l'], ['-j'], ['-vx'], ['-ix'], ['-x', 'f.lua'], ['-e', 'x=1', '-b']]) {
  test(`malformed arguments print the usage: ${args.join(' ')}`, async (t) => {
    await sameAsLuajit(t, args);
  });
}

for (const opt of ['-Ofoo', '-O+fma', '-Ohotloop=x', '-Ohotloop=-1', '-O12', '-O1,,2', '-O,', '-Ohotloop=1,foo', '-Ofold=1']) {
  test(`bad -O flag is rejected as luajit does: ${opt}`, async (t) => {
    await sameAsLuajit(t, [opt]);
  });
}

for (const opt of ['-O', '-O0', '-O9', '-O+fold', '-Onofold', '-Ono-sink', '-Ohotloop=', '-Ohotloop=1,maxmcode=1024,-loop', '-Ohotloop=99999999999']) {
  test(`good -O flag is accepted as luajit does: ${opt}`, async (t) => {
    // -v runs no chunk and reads no stdin, so this needs no VM.
    const [ref, ours] = await Promise.all([run('luajit', ['-v', opt]), run('luats', ['-v', opt])]);
    t.is(ref.exitCode, 0);
    t.is(ours.exitCode, 0);
    t.is(ours.stderr, '');
  });
}

for (const cmd of [['-jfoo'], ['-j', 'nosuchmodule'], ['-j=x']]) {
  test(`unknown -j command errors as luajit does: ${cmd.join(' ')}`, async (t) => {
    await sameAsLuajit(t, cmd);
  });
}

for (const cmd of [['-jon'], ['-joff'], ['-jflush'], ['-j', 'v'], ['-jdump=+rsx'], ['-jv=/dev/null']]) {
  test(`-j command is accepted: ${cmd.join(' ')}`, async (t) => {
    const ours = await run('luats', ['-v', ...cmd]);
    t.is(ours.exitCode, 0);
    t.is(ours.stderr, '');
  });
}

test('-v prints one version line and exits 0', async (t) => {
  const r = await run('luats', ['-v']);
  t.is(r.exitCode, 0);
  t.regex(r.stdout, /^luats \d+\.\d+\.\d+ -- .*\n$/);
});

test('-i is refused with a clear message', async (t) => {
  const r = await run('luats', ['-i']);
  t.is(r.exitCode, 1);
  t.regex(r.stderr, /^luats: interactive mode \(-i\) is not supported/);
});

test('a missing script is reported as luajit does', async (t) => {
  await sameAsLuajit(t, [join(workdir, 'nosuch.lua')]);
});

test('a directory as script is reported as luajit does', async (t) => {
  await sameAsLuajit(t, [join(workdir, 'adir')]);
});

test('a bad -O stops before the script is read', async (t) => {
  await sameAsLuajit(t, ['-Obad', join(workdir, 'nosuch.lua')]);
});

// -b (saving and listing bytecode) is tested in bcsave.test.ts.

// -- End to end (need the VM) -----------------------------------------------

test('-e runs chunks in order on one state', async (t) => {
  const args = ['-e', 'x = 20', '-e', 'print(x + 1)', '-e', 'print("\\0\\255")'];
  const [ref, ours] = await Promise.all([run('luajit', args), run('luats', args)]);
  t.is(ours.stdout, ref.stdout);
  t.is(ours.exitCode, 0);
});

test('script arguments reach ... and arg', async (t) => {
  const args = ['args.lua', 'a', 'b c'];
  const [ref, ours] = await Promise.all([run('luajit', args, { cwd: workdir }), run('luats', args, { cwd: workdir })]);
  t.is(ours.stdout, ref.stdout);
  t.is(ours.exitCode, 0);
});

test('-e before a script shares globals with it', async (t) => {
  const args = ['-e', 'print = function(...) io.write("P:", table.concat({...}, ","), "\\n") end', 'args.lua', 'z'];
  const [ref, ours] = await Promise.all([run('luajit', args, { cwd: workdir }), run('luats', args, { cwd: workdir })]);
  t.is(ours.stdout, ref.stdout);
});

test('a runtime error prints luajit\'s message and a traceback, exit 1', async (t) => {
  const [ref, ours] = await Promise.all([run('luajit', ['boom.lua'], { cwd: workdir }), run('luats', ['boom.lua'], { cwd: workdir })]);
  t.is(ours.exitCode, ref.exitCode);
  const firstTwo = (s: string): string => s.split('\n').slice(0, 2).join('\n');
  t.is(firstTwo(ours.stderr), firstTwo(asLuats(ref.stderr)));
});

test('a syntax error prints luajit\'s message, exit 1', async (t) => {
  await sameAsLuajit(t, [join(workdir, 'syntax.lua')]);
});

test('output before an error is kept, then the error stops the rest', async (t) => {
  const args = ['-e', 'print("before")', '-e', 'error("stop", 0)', '-e', 'print("after")'];
  const [ref, ours] = await Promise.all([run('luajit', args), run('luats', args)]);
  t.is(ours.stdout, ref.stdout);
  t.is(ours.exitCode, ref.exitCode);
  t.is(ours.stderr.split('\n')[0], asLuats(ref.stderr).split('\n')[0]);
});

test('a syntax error in a later -e runs the earlier ones first', async (t) => {
  const args = ['-e', 'print(1)', '-e', 'x = = 2'];
  const [ref, ours] = await Promise.all([run('luajit', args), run('luats', args)]);
  t.is(ours.stdout, ref.stdout);
  t.is(ours.stderr, asLuats(ref.stderr));
  t.is(ours.exitCode, ref.exitCode);
});

test('- runs stdin as "=stdin" with arg[0] = "-"', async (t) => {
  const src = 'print(arg[0], ...)\nerror("in stdin")\n';
  const [ref, ours] = await Promise.all([run('luajit', ['-', 'q'], { input: src }), run('luats', ['-', 'q'], { input: src })]);
  t.is(ours.stdout, ref.stdout);
  t.is(ours.stderr.split('\n')[0], asLuats(ref.stderr).split('\n')[0]);
});

test('-bl lists bytecode byte-identically to luajit', async (t) => {
  const args = ['-bl', 'loop.lua'];
  const [ref, ours] = await Promise.all([run('luajit', args, { cwd: workdir }), run('luats', args, { cwd: workdir })]);
  t.is(ours.stdout, ref.stdout);
  t.is(ours.exitCode, 0);
});

// -- -l (require a library) --------------------------------------------------

/** stderr up to the traceback, which names C frames by address in luajit. */
const beforeTraceback = (s: string): string => s.split('\nstack traceback:')[0]!;

for (const args of [
  ['-l', 'lmod', '-e', 'print(lmod_global, package.loaded.lmod.v, lmod)'],
  ['-llmod', '-l', 'lmod', '-e', 'print(type(package.loaded.lmod))'],
  ['-e', 'print(1)', '-l', 'nosuchmod', '-e', 'print(2)'],
  ['-l', 'lbad'],
  ['-l', 'lerr', '-e', 'print("not reached")'],
  ['-e', 'package.preload.pre = function(n) print("preloaded", n) end', '-l', 'pre'],
  ['-e', 'require = nil', '-l', 'lmod'],
  ['-l', 'lmod', 'args.lua', 'x'],
]) {
  test(`-l requires the module as luajit does: ${args.join(' ')}`, async (t) => {
    const [ref, ours] = await Promise.all([run('luajit', args, { cwd: workdir }), run('luats', args, { cwd: workdir })]);
    t.is(ours.stdout, ref.stdout);
    t.is(ours.exitCode, ref.exitCode);
    t.is(beforeTraceback(ours.stderr), beforeTraceback(asLuats(ref.stderr)));
  });
}

test('-l searches LUA_PATH, with ";;" standing for the default path', async (t) => {
  const env = { LUA_PATH: join(workdir, 'lpath', '?.lua') + ';;' };
  const args = ['-l', 'envmod', '-e', 'print((package.path:gsub("^.-;", "")))', '-l', 'missing_mod'];
  const [ref, ours] = await Promise.all([run('luajit', args, { cwd: workdir, env }), run('luats', args, { cwd: workdir, env })]);
  t.is(ours.stdout, ref.stdout);
  t.is(ours.exitCode, ref.exitCode);
  t.is(beforeTraceback(ours.stderr).split(workdir).join('W'), beforeTraceback(asLuats(ref.stderr)).split(workdir).join('W'));
});

test('-E ignores LUA_INIT, LUA_PATH and LUA_CPATH as luajit does', async (t) => {
  const env = { LUA_INIT: 'print("init ran")', LUA_PATH: '/nowhere/?.lua', LUA_CPATH: '/nowhere/?.so' };
  for (const args of [['-E', '-e', 'print(package.path, package.cpath)'], ['-e', 'print(package.path, package.cpath)']]) {
    const [ref, ours] = await Promise.all([run('luajit', args, { env }), run('luats', args, { env })]);
    t.is(ours.stdout, ref.stdout, args.join(' '));
    t.is(ours.exitCode, ref.exitCode);
  }
});

test('-jv reports each hot event as luajit would start a trace there, and says no recorder exists yet', async (t) => {
  writeFileSync(join(workdir, 'hot.lua'), 'local s = 0\nfor i = 1, 10 do s = s + i end\nprint(s)\n');
  const file = join(workdir, 'hot.lua');
  const r = await run('luats', ['-jv', '-Ohotloop=5', file]);
  t.is(r.stdout, '55\n');
  // Counters start at 2*5-1 and restart at 2*5: the loop is hot at its 5th and 11th... FORL.
  t.is(r.stderr, '[TRACE --- hot.lua:2 -- NYI: no trace recorder yet]\n');
  const toStdout = await run('luats', ['-jv=-', '-Ohotloop=1', file]);
  t.regex(toStdout.stdout, /^\[TRACE --- hot\.lua:2 -- NYI: no trace recorder yet\]\n/);
  const ref = await run('luajit', ['-jv', '-Ohotloop=5', file]);
  t.regex(ref.stderr, /^\[TRACE\s+1 hot\.lua:2 loop\]/, 'luajit starts its trace on the same line');
  const off = await run('luats', ['-joff', '-jv', '-Ohotloop=1', file]);
  t.is(off.stderr, '', 'with the JIT off the counters do not tick');
});

// The usage text stays luajit's (the test above compares it); -jcheck itself says what it does.
test('-jcheck says there are no traces to check yet', async (t) => {
  writeFileSync(join(workdir, 'check.lua'), 'print(1)\n');
  const r = await run('luats', ['-jcheck', join(workdir, 'check.lua')]);
  t.is(r.stdout, '1\n');
  t.is(r.stderr, 'luats: -jcheck: NYI: no trace recorder yet; nothing is checked\n');
});
