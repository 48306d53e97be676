// Generator: valid Lua that prints, round-trips through the parser, replays from a seed, and agrees on
// luajit -joff vs luajit (JIT on, hotloop=1 too) for a sample of programs.
import test from 'ava';
import fc from 'fast-check';
import { luaProgram } from '../../fuzz/generator/program.js';
import { parseLua } from '../../fuzz/generator/parse.js';
import { printChunk } from '../../fuzz/generator/print.js';
import { generate } from '../../fuzz/campaign.js';
import { LuajitOracle } from '../../oracles/luajit.js';
import { runOnAll } from '../../fuzz/runner.js';

test('printed programs parse, and printing the parse gives the same text', (t) => {
  for (const p of fc.sample(luaProgram(), { seed: 7, numRuns: 40 })) {
    t.is(printChunk(parseLua(p.source)), p.source);
  }
});

test('programs end by printing the checksum and contain hot loops', (t) => {
  const ps = fc.sample(luaProgram(), { seed: 3, numRuns: 40 });
  t.true(ps.every((p) => /print\("checksum", H\)\n$/.test(p.source)));
  const hot = ps.filter((p) => /for \w+ = 1, (\d+)/.test(p.source) && Number(/for \w+ = 1, (\d+)/.exec(p.source)![1]) > 56);
  t.true(hot.length > 5, `${hot.length} programs with a hot for loop`);
});

test('parentheses that truncate a call to one value survive parsing', (t) => {
  const src = 'local a = (f())\nlocal b = g((f()))\nreturn (...)\n';
  t.is(printChunk(parseLua(src)), src);
});

test('a campaign program is fast-check\'s first value for its seed (replayable)', async (t) => {
  const seed = 123457;
  const first = generate(seed, {});
  const out = await fc.check(fc.property(luaProgram(), (p) => p.source !== first), { seed, numRuns: 1 });
  t.true(out.failed);
});

test('generated programs agree on luajit -joff, luajit and luajit -Ohotloop=1', async (t) => {
  const oracles = [new LuajitOracle(false), new LuajitOracle(true), new LuajitOracle(true, ['hotloop=1'])];
  Object.defineProperty(oracles[2], 'name', { value: 'luajit-hot1' });
  try {
    const ps = fc.sample(luaProgram(), { seed: 11, numRuns: 40 });
    let ok = 0;
    for (const p of ps) {
      const { divergence, results } = await runOnAll(oracles, p.source, { timeoutMs: 10_000 });
      t.is(divergence, null, p.source);
      if (results[0]!.status === 'ok') ok++;
    }
    t.true(ok >= 36, `${ok} of 40 ran without an uncaught error`);
  } finally { for (const o of oracles) await o.close(); }
});
