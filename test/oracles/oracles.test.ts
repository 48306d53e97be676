// Oracles: persistent driver vs spawn agree, error normalisation, missing binaries, VM pool crash/timeout.
import test from 'ava';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { LuajitOracle } from '../../oracles/luajit.js';
import { Lua51Oracle } from '../../oracles/lua51.js';
import { InterpOracle } from '../../oracles/interp.js';
import { normaliseError, normaliseOutput } from '../../oracles/result.js';
import { openOracles } from '../../oracles/registry.js';
import { MAX_OUTPUT } from '../../oracles/driver.js';

const FAKE_VM = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'fake-vm.js');
const RUN = { timeoutMs: 5000 };

const PROGRAMS = [
  'print(1, "a", 0/0, -1/math.huge, 2^53+1)',
  'local x = 1\nerror("boom " .. x)',
  'local t = nil\nprint(1)\nreturn t.x',
  'error({})',
  'error(setmetatable({}, {__tostring = function() return "TS" end}))',
  'x = = 1',
  'io.write("no newline", 3)',
  'error("lvl0", 0)',
];

test('persistent driver and spawn-per-program give the same results (luajit -joff)', async (t) => {
  const persistent = new LuajitOracle(false, [], 'persistent');
  const spawned = new LuajitOracle(false, [], 'spawn');
  try {
    for (const src of PROGRAMS) {
      const [a, b] = await Promise.all([persistent.run(src, RUN), spawned.run(src, RUN)]);
      t.deepEqual({ s: a.status, o: a.stdout, e: a.error }, { s: b.status, o: b.stdout, e: b.error }, src);
    }
  } finally { await persistent.close(); await spawned.close(); }
});

test('error positions compare across chunk names; addresses are hidden', (t) => {
  t.is(normaliseError('[string "x = 1..."]:3: boom'), normaliseError('t.lua:3: boom'));
  t.is(normaliseError('prog.lua:12: attempt to call a nil value'), '?:12: attempt to call a nil value');
  t.not(normaliseError('t.lua:3: boom'), normaliseError('t.lua:4: boom'));
  t.is(normaliseOutput('table: 0x7f12abcd9870\n-nan\n'), 'table: ADDR\nnan\n');
});

test('the JIT-on oracle takes -O parameters and agrees with -joff on a hot loop', async (t) => {
  const on = new LuajitOracle(true, ['hotloop=1']);
  const off = new LuajitOracle(false);
  const src = 'local s = 0 for i = 1, 1000 do if i > 500 then s = s + i else s = s - 1 end end print(s)';
  try {
    t.is(on.command('f.lua'), 'luajit -Ohotloop=1 f.lua');
    const [a, b] = await Promise.all([on.run(src, RUN), off.run(src, RUN)]);
    t.is(a.stdout, b.stdout);
    t.is(a.status, 'ok');
  } finally { await on.close(); await off.close(); }
});

test.serial('a missing binary disables the oracle with one line saying how to install it', async (t) => {
  const lines: string[] = [];
  const saved = process.env.TRACEFUZZ_LUA51;
  process.env.TRACEFUZZ_LUA51 = '/nonexistent/lua5.1';
  try {
    const os = await openOracles(['luajit-joff', 'lua51'], { jobs: 1 }, (l) => lines.push(l));
    t.deepEqual(os.map((o) => o.name), ['luajit-joff']);
    t.is(lines.length, 1);
    t.regex(lines[0]!, /lua51 disabled.*apt-get install lua5\.1/);
    for (const o of os) await o.close();
  } finally {
    if (saved === undefined) delete process.env.TRACEFUZZ_LUA51; else process.env.TRACEFUZZ_LUA51 = saved;
  }
  t.pass();
});

test('a reference process that loops forever is a timeout, and the next program runs', async (t) => {
  const o = new LuajitOracle(false);
  try {
    const r = await o.run('while true do end', { timeoutMs: 300 });
    t.is(r.status, 'timeout');
    const ok = await o.run('print(2)', RUN);
    t.is(ok.stdout, '2\n');
  } finally { await o.close(); }
});

test('lua5.1 runs through the same driver', async (t) => {
  const o = new Lua51Oracle();
  try {
    if (await o.probe()) { t.log('lua5.1 not installed'); t.pass(); return; }
    const r = await o.run('print(#"abc", 7 % 3)', RUN);
    t.is(r.stdout, '3\t1\n');
  } finally { await o.close(); }
});

test('VM pool: a child killed by a signal is a crash, a stuck child a timeout, an exception a crash', async (t) => {
  const o = new InterpOracle({ jobs: 1, vmModule: FAKE_VM });
  try {
    const killed = await o.run('print(1) --KILL', RUN);
    t.is(killed.status, 'crash');
    t.regex(killed.error ?? '', /SIGKILL/);
    const stuck = await o.run('print(1) --LOOP', { timeoutMs: 400 });
    t.is(stuck.status, 'timeout');
    const thrown = await o.run('--THROW', RUN);
    t.is(thrown.status, 'crash');
    t.regex(thrown.error ?? '', /JS exception: TypeError: planted exception/);
    const fine = await o.run('print(6 * 7)', RUN);
    t.is(fine.status, 'ok');
    t.is(fine.stdout, '42\n');
    t.is(o.pool.started, 3); // the killed and the stuck child were replaced; the throwing one survived
  } finally { await o.close(); }
});

test('a program printing past the output limit is stopped as a timeout, in both modes, and the driver goes on', async (t) => {
  const flood = 'local s = string.rep("x", 1048576)\nfor i = 1, 200 do io.write(s) end\nprint("never")';
  for (const mode of ['persistent', 'spawn'] as const) {
    const o = new LuajitOracle(false, [], mode);
    try {
      const r = await o.run(flood, { timeoutMs: 20_000 });
      t.is(r.status, 'timeout', mode);
      t.regex(r.error ?? '', /^output over \d+ bytes$/, mode);
      t.true(r.stdout.length <= MAX_OUTPUT, mode);
      t.is((await o.run('print(1)', RUN)).stdout, '1\n', `${mode}: the next program runs`);
    } finally { await o.close(); }
  }
});
