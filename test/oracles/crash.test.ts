// Our VM's oracle: crash texts name the top frame in dist/ stably; results carry the instruction count;
// both oracle kinds offer runFresh.
import test from 'ava';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { crashText } from '../../oracles/crash.js';
import { InterpOracle } from '../../oracles/interp.js';
import { LuajitOracle } from '../../oracles/luajit.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const DIST = resolve(HERE, '../..');
const FAKE_VM = join(HERE, 'fixtures', 'fake-vm.js');
const RUN = { timeoutMs: 10_000 };

function errorWithStack(name: string, message: string, frames: string[]): Error {
  const e = new Error(message);
  e.name = name;
  e.stack = `${name}: ${message}\n${frames.map((f) => `    at ${f}`).join('\n')}`;
  return e;
}

test('crash text: the first frame in dist/, relative, without column; native and node frames skipped', (t) => {
  const url = pathToFileURL(join(DIST, 'jit/vm/tab.js')).href;
  const e = errorWithStack('TypeError', 'x is not a function', [
    'Array.push (<anonymous>)', 'Buffer.from (node:buffer:123:4)',
    `getTab (${url}:123:45)`, `Object.call (${join(DIST, 'jit/vm/interp.js')}:9:1)`]);
  t.is(crashText(e), 'JS exception: TypeError: x is not a function at getTab (jit/vm/tab.js:123)');
  // The same bug met from another column, another checkout: the same text.
  const other = errorWithStack('TypeError', 'x is not a function', [`getTab (${url}:123:7)`]);
  t.is(crashText(other), crashText(e));
  t.not(crashText(errorWithStack('TypeError', 'x is not a function', [`getTab (${url}:124:45)`])), crashText(e));
});

test('crash text: anonymous frames, frames outside dist/, multi-line messages, non-Error values', (t) => {
  const file = join(DIST, 'jit/vm/gc.js');
  t.is(crashText(errorWithStack('RangeError', 'Invalid array length\nmore', [`${file}:5:6`])),
    'JS exception: RangeError: Invalid array length at <anonymous> (jit/vm/gc.js:5)');
  t.is(crashText(errorWithStack('Error', 'boom', ['f (/elsewhere/x.js:1:1)', 'node:internal/main:3:3'])),
    'JS exception: Error: boom');
  t.is(crashText('a string'), 'JS exception: a string');
  class Odd { message = 'odd thing'; }
  t.is(crashText(new Odd()), 'JS exception: Odd: odd thing');
});

test('crash text: a JS stack overflow names the same frame whatever depth it ran out at', (t) => {
  const f = (fn: string, line: number): string => `${fn} (${join(DIST, 'jit/vm/meta.js')}:${line}:3)`;
  const cycle = [f('index', 10), f('lookup', 20), f('call', 30)];
  const at = (phase: number): Error => errorWithStack('RangeError', 'Maximum call stack size exceeded',
    Array.from({ length: 10 }, (_, i) => cycle[(i + phase) % 3]!));
  t.is(crashText(at(0)), crashText(at(1)));
  t.is(crashText(at(2)), 'JS exception: RangeError: Maximum call stack size exceeded at call (jit/vm/meta.js:30)');
});

test('VM pool: an exception out of the VM names its frame in dist/, the same every time', async (t) => {
  const o = new InterpOracle({ jobs: 1, vmModule: FAKE_VM });
  try {
    const a = await o.run('--THROW', RUN);
    const b = await o.run('-- another program --THROW', RUN);
    t.is(a.status, 'crash');
    t.regex(a.error ?? '', /^JS exception: TypeError: planted exception at (?:Module\.)?runSource \(test\/oracles\/fixtures\/fake-vm\.js:\d+\)$/);
    t.is(a.error, b.error);
  } finally { await o.close(); }
});

test('VM pool: results carry the bytecodes executed, the same on every run; a budget stops at it', async (t) => {
  const o = new InterpOracle({ jobs: 1 });
  try {
    const loop = (n: number): string => `local s = 0 for i = 1, ${n} do s = s + i end print(s)`;
    const small = await o.run(loop(100), RUN);
    const again = await o.runFresh(loop(100), RUN);
    const big = await o.run(loop(10_000), RUN);
    t.is(small.status, 'ok');
    t.true((small.instructions ?? 0) > 100);
    t.is(again.instructions, small.instructions);
    t.true((big.instructions ?? 0) > 50 * (small.instructions ?? 0));
    const err = await o.run('local x = 1 error("e")', RUN);
    t.is(err.status, 'error');
    t.true((err.instructions ?? 0) > 0);
    const cut = await o.run(loop(10_000), { ...RUN, maxInstructions: small.instructions! });
    t.is(cut.status, 'timeout');
    t.true((cut.instructions ?? 0) >= small.instructions! && cut.instructions! < big.instructions!);
  } finally { await o.close(); }
});

test('ReferenceOracle.runFresh runs a persistent-mode oracle\'s program in a process of its own', async (t) => {
  const o = new LuajitOracle(false, [], 'persistent');
  try {
    if (await o.probe()) { t.log('luajit is not installed'); t.pass(); return; }
    // A fresh process: a global set by an earlier program is absent, and arg[0] is prog.lua.
    await o.run('LEFT = 1', RUN);
    const r = await o.runFresh('print(LEFT, arg[0]) error("x")', RUN);
    t.is(r.status, 'error');
    t.is(r.stdout, 'nil\tprog.lua\n');
    t.is(r.error, '?:1: x');
    t.is(r.exit, 1);
  } finally { await o.close(); }
});
