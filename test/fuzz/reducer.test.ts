// The AST reducer's passes on small programs, with predicates run on luajit -joff ("still prints X",
// "still raises boom"): each reduction reaches the expected program, and every tested candidate is
// valid Lua 5.1 that reads no new global.
import test from 'ava';
import { LuajitOracle } from '../../oracles/luajit.js';
import type { OracleResult } from '../../oracles/result.js';
import { AstReducer, PASSES } from '../../fuzz/minimise/astReducer.js';
import type { Pass } from '../../fuzz/minimise/pass.js';
import { deletePass, unwrapPass } from '../../fuzz/minimise/blockPass.js';
import { bindingPass } from '../../fuzz/minimise/bindingPass.js';
import { loopPass } from '../../fuzz/minimise/loopPass.js';
import { exprPass } from '../../fuzz/minimise/exprPass.js';
import { jitOptPass } from '../../fuzz/minimise/jitOptPass.js';
import { parseLua } from '../../fuzz/generator/parse.js';
import { strayBreak } from '../../fuzz/minimise/astWalk.js';
import { resolve } from '../../fuzz/minimise/scope.js';
import { jitOptLine } from '../../fuzz/luajit/jitOpt.js';
import { luaProgram } from '../../fuzz/generator/program.js';
import fc from 'fast-check';

const joff = new LuajitOracle(false);
test.after.always(async () => { await joff.close(); });

const BUDGET = 400;
/** No candidate here loops: a timeout would only be a loaded machine. */
const RUN_TIMEOUT_MS = 10_000;
// Few runs at a time: twenty tests starting luajit drivers at once on a loaded machine time out.
const CONCURRENT_RUNS = 2;
let running = 0;
const waiting: (() => void)[] = [];
async function run(s: string): Promise<OracleResult> {
  if (running >= CONCURRENT_RUNS) await new Promise<void>((go) => waiting.push(go));
  running++;
  try { return await joff.run(s, { timeoutMs: RUN_TIMEOUT_MS }); } finally { running--; waiting.shift()?.(); }
}

/** Reduce with the given passes; also returns every candidate that was tested. */
async function reduce(source: string, passes: readonly Pass[], keep: (r: OracleResult, src: string) => boolean):
    Promise<{ out: string; tested: string[] }> {
  const tested: string[] = [];
  const r = new AstReducer(async (s) => { tested.push(s); return keep(await run(s), s); }, { budget: BUDGET }, passes);
  return { out: await r.reduce(source), tested };
}
const prints = (x: string) => (r: OracleResult): boolean => r.status === 'ok' && r.stdout.includes(x);
const raises = (x: string) => (r: OracleResult): boolean => r.status === 'error' && (r.error ?? '').includes(x);

// -- Statements and names ------------------------------------------------------------------------
const PRELUDE_LIKE = `local H = 0
local function chk(v) H = (H * 31 + #tostring(v)) % 2147483647 end
local MT = {}
local function V(x) return setmetatable({v = x}, MT) end
local function val(o) if type(o) == "table" then return o.v end return o end
MT.__add = function(a, b) return V(val(a) + val(b)) end
MT.__index = function(t, k) return #tostring(k) end
`;

test('unused prelude helpers, locals and their field assignments go; the print stays', async (t) => {
  const src = PRELUDE_LIKE + `local t = {}
for i = 1, 10 do t[i] = i * 2 end
chk(t[3])
local o = V(4) + V(5)
chk(o.v)
print("X")
print("checksum", H)
`;
  const { out } = await reduce(src, PASSES, prints('X\n'));
  t.is(out, 'print("X")\n');
});

test('bindings: a dead local goes, a dead local with a call keeps the call', async (t) => {
  const { out } = await reduce('local a = 1\nlocal b = {}\nb.x = a\nlocal c = print("Y")\nprint("X")\n',
    [bindingPass], (r) => r.stdout === 'Y\nX\n');
  t.is(out, 'print("Y")\nprint("X")\n');
});

test('bindings: a local defined once is replaced by its value', async (t) => {
  const { out } = await reduce('local s\ns = "a" .. "b"\nprint(s)\n', [bindingPass], prints('ab\n'));
  t.is(out, 'print("a" .. "b")\n');
});

test('bindings: a one-expression function is inlined at every call and removed', async (t) => {
  const { out } = await reduce('local function f(a, b) return a * b + 1 end\nprint(f(2, 3))\nprint(f(4, 5))\n',
    [bindingPass], (r) => r.stdout === '7\n21\n');
  t.is(out, 'print(2 * 3 + 1)\nprint(4 * 5 + 1)\n');
});

test('bindings: a function called as a statement is inlined as a block, then its parameter propagated', async (t) => {
  const { out } = await reduce('local n = 0\nlocal function bump(d) n = n + d end\nbump(5)\nprint(n)\n',
    [bindingPass, unwrapPass], (r) => r.stdout === '5\n');
  t.is(out, 'local n = 0\nn = n + 5\nprint(n)\n');
});

test('blocks: do and if true flatten, else and elseif branches are dropped', async (t) => {
  const src = 'local x = 1\ndo\n  if x == 1 then\n    error("boom")\n  elseif x == 2 then\n    print(2)\n  else\n    print("no")\n  end\nend\n';
  const { out } = await reduce(src, [unwrapPass, bindingPass], raises('boom'));
  t.is(out, 'error("boom")\n');
});

test('statements: the smallest list that still raises', async (t) => {
  const body = Array.from({ length: 40 }, (_, i) => (i === 23 ? 'error("boom")' : `print(${i})`)).join('\n');
  const { out } = await reduce(body + '\n', [deletePass], raises('boom'));
  t.is(out, 'error("boom")\n');
});

// -- Loops -------------------------------------------------------------------------------------
test('loops: numeric for bound binary-searched to the smallest count that still triggers', async (t) => {
  const { out, tested } = await reduce('for i = 1, 200 do\n  if i == 37 then\n    print("hit")\n  end\nend\n',
    [loopPass], prints('hit'));
  t.is(out, 'for i = 1, 37 do\n  if i == 37 then\n    print("hit")\n  end\nend\n');
  t.true(tested.length <= 12, `${tested.length} tests`); // log2(200) + a few
});

test('loops: counting while and repeat become numeric for loops, then shrink', async (t) => {
  const w = await reduce('local w = 0\nwhile w < 100 do\n  w = w + 1\n  if w == 9 then print("hit") end\nend\n',
    [loopPass], prints('hit'));
  t.is(w.out, 'for w = 1, 9 do\n  if w == 9 then\n    print("hit")\n  end\nend\n');
  const r = await reduce('local w = 0\nrepeat\n  w = w + 1\n  if w == 5 then print("hit") end\nuntil w >= 50\n',
    [loopPass], prints('hit'));
  t.is(r.out, 'for w = 1, 5 do\n  if w == 5 then\n    print("hit")\n  end\nend\n');
});

test('loops: a while loop that must stay a while loop still has its bound shrunk', async (t) => {
  const src = 'local w = 0\nwhile w < 80 do\n  w = w + 1\n  if w == 6 then print("hit") end\nend\nprint(w)\n';
  const { out } = await reduce(src, [loopPass], (r) => r.stdout.startsWith('hit\n') && r.status === 'ok');
  t.is(out, 'local w = 0\nwhile w < 6 do\n  w = w + 1\n  if w == 6 then\n    print("hit")\n  end\nend\nprint(w)\n');
});

test('loops: a loop counting down keeps its direction while its count shrinks', async (t) => {
  // Needs i = 5 and i = 1, in that order: five iterations ending at 1 (too many to unroll).
  const { out } = await reduce('for i = 100, 1, -1 do\n  if i == 5 or i == 1 then print(i) end\nend\n', [loopPass],
    (r) => r.stdout === '5\n1\n');
  t.is(out, 'for i = 5, 1, -1 do\n  if i == 5 or i == 1 then\n    print(i)\n  end\nend\n');
});

test('loops: short loops unrolled, the loop variable substituted', async (t) => {
  const { out } = await reduce('for i = 1, 2 do\n  print(i * 10)\nend\n', [loopPass], (r) => r.stdout === '10\n20\n');
  t.is(out, 'print(1 * 10)\nprint(2 * 10)\n');
});

test('loops: a loop not needed is replaced by one copy of its body', async (t) => {
  const { out } = await reduce('for i = 5, 50 do\n  print(i + 1)\n  break\nend\n', [loopPass], (r) => r.stdout === '6\n');
  t.is(out, 'print(5 + 1)\n');
});

// -- Expressions -----------------------------------------------------------------------------------
test('expressions: an operand replaces its expression, a method call becomes its object', async (t) => {
  const { out } = await reduce('print(("abc"):rep(3) .. tostring(nil))\n', [exprPass], prints('abc'));
  t.is(out, 'print("abc")\n');
});

test('expressions: constants of the kind, conditions to true', async (t) => {
  const src = 'local n = #{1, 2, 3} * 7\nif n > 5 and os.time() > 0 then error("big") end\n';
  const { out } = await reduce(src, PASSES, raises('big'));
  t.is(out, 'error("big")\n');
  const k = await reduce('local s = string.rep("xy", 3)\nprint(#s > 0)\n', [exprPass], (r) => r.stdout === 'true\n');
  t.is(k.out, 'local s = ""\nprint(true)\n'); // a string stays a string; removing s is the bindings pass's job
});

test('expressions: call arguments and table fields are dropped', async (t) => {
  const f = await reduce('print(string.format("%d-%d", 1, 2, 3, 4))\n', [exprPass], (r) => r.stdout === '1-2\n');
  t.is(f.out, 'print(string.format("%d-%d", 1, 2))\n');
  const { out } = await reduce('print(({a = 1, b = 2, 3}).b)\n', [exprPass], (r) => r.stdout === '2\n');
  t.is(out, 'print(({b = 2}).b)\n');
});

// -- Candidate checks ------------------------------------------------------------------------------
test('no candidate reads a global the program did not read (a removed local), none is invalid Lua', async (t) => {
  const src = 'local x = 5\nlocal y = x * 2\nfor i = 1, 3 do\n  if y > i then\n    print(y)\n  else\n    break\n  end\nend\n';
  const { tested } = await reduce(src, PASSES, () => false);
  t.true(tested.length > 10);
  for (const s of tested) {
    t.notThrows(() => parseLua(s));
    t.false(strayBreak(parseLua(s)), s);
    for (const g of resolve(parseLua(s)).freeReads) t.true(g === 'print', `${g} in\n${s}`);
  }
});

test('every candidate from generated programs compiles under luajit (loadstring)', async (t) => {
  const programs = fc.sample(luaProgram(), { seed: 7, numRuns: 3 });
  const tested: string[] = [];
  for (const p of programs) {
    let n = 0; // an arbitrary but deterministic predicate: every third candidate is "interesting"
    await new AstReducer(async (s) => { tested.push(s); return ++n % 3 === 0; }, { budget: 150 }).reduce(p.source);
  }
  t.true(tested.length > 200, `${tested.length} candidates`);
  // One luajit process compiles them all and prints the ones that do not compile.
  const checker = `local srcs = {${tested.map((s) => `[==========[\n${s}]==========]`).join(',\n')}}\n` +
    'for i, s in ipairs(srcs) do local f, e = loadstring(s) if not f then print(i, e) end end\nprint("done")\n';
  const r = await run(checker);
  t.is(r.stdout, 'done\n');
});

// -- jit.opt ---------------------------------------------------------------------------------------
test('jit.opt: parameters dropped, hotloop/hotexit brought to the smallest value that still holds', async (t) => {
  const src = jitOptLine(['hotloop=40', '-fold', 'hotexit=5', 'maxtrace=100']) + 'print("X")\n';
  // Synthetic: interesting while the line asks for hotloop >= 3 and the program prints X.
  const keep = (r: OracleResult, s: string): boolean => r.stdout === 'X\n' && Number(/hotloop=(\d+)/.exec(s)?.[1] ?? 0) >= 3;
  const { out } = await reduce(src, [jitOptPass], keep);
  t.is(out, jitOptLine(['hotloop=3', 'hotexit=1']) + 'print("X")\n');
});

test('jit.opt: no other pass touches the line', async (t) => {
  const src = jitOptLine(['hotloop=1']) + 'local a = 1\nprint("X")\n';
  const { out, tested } = await reduce(src, PASSES.filter((p) => p !== jitOptPass), prints('X'));
  t.is(out, jitOptLine(['hotloop=1']) + 'print("X")\n');
  for (const s of tested) t.true(s.startsWith(jitOptLine(['hotloop=1'])));
});

// -- Scopes ----------------------------------------------------------------------------------------
test('scopes: reads, field writes, shadowing, repeat-until and free names', (t) => {
  const r = resolve(parseLua([
    'local MT = {}', 'MT.__add = function(a, b) return a end', 'local x = 1', 'do local x = x + 1 print(x) end',
    'local w = 0', 'repeat local stop = w > 2 w = w + 1 until stop', 'G = 1', 'function F() return G end',
  ].join('\n')));
  const find = (name: string, i = 0) => r.bindings.filter((b) => b.name === name)[i]!;
  t.is(find('MT').reads.length, 0); // only the base of a field write
  t.is(find('MT').writes.size, 1);
  t.is(find('x', 0).reads.length, 1); // the inner `x + 1` reads the outer x
  t.is(find('x', 1).reads.length, 1); // print(x) reads the inner one
  t.is(find('stop').reads.length, 1); // until sees the body's locals
  t.is(find('G').kind, 'global');
  t.is(find('G').reads.length, 1);
  t.deepEqual([...r.freeReads].sort(), ['G', 'print']);
});
