// Trace instrumentation and value classes: an instrumented program computes what the original
// does, its trace names the first operation that differs, and the classes separate what a JIT gets
// wrong (NaN, -0, last bits).
import test from 'ava';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { instrument } from '../../fuzz/observe/instrument.js';
import { parseTrace, firstDifference, valueClass, operandClass, differenceClass } from '../../fuzz/observe/trace.js';
import { generate, programSeed } from '../../fuzz/campaign.js';
import { runSource } from '../../jit/index.js';

const dir = mkdtempSync(join(tmpdir(), 'tf-observe-'));

/** luajit -joff's stdout for a program (errors included in the text). */
function luajit(src: string, args: string[] = ['-joff']): string {
  const f = join(dir, 'prog.lua');
  writeFileSync(f, Buffer.from(src, 'latin1'));
  try {
    return execFileSync('luajit', [...args, 'prog.lua'], { cwd: dir, encoding: 'latin1', maxBuffer: 1 << 28 });
  } catch (e) {
    const x = e as { stdout: string; stderr: string };
    return `${x.stdout}ERROR ${x.stderr.split('\n')[0]}`;
  }
}

// Multiple results, varargs, methods, short-circuits, nested calls, table constructors, errors.
const SEMANTICS = `
local function two() return 1, 2 end
local function va(...) return select("#", ...), ... end
print(two())
print((two()))
print(va(two()))
print(({two()})[2], #{two(), two()})
local s = "abc"
print(s:upper(), ("x"):rep(3), s:sub(-2))
local t = setmetatable({}, {__index = function(_, k) return k .. "!" end})
print(t.x, t["y"], t[1])
local n = 0
local ok = (n > 0 and 1 / n) or "none"
print(ok, n == 0 or error("not reached"))
print(pcall(function() return nil + 1 end))
for i, v in ipairs({10, 20}) do print(i, v) end
local a, b = two()
print(a + b, -a, not b, #"xyz", 2 ^ 3 % 5)
`;

test('an instrumented program prints what the original prints, then its trace', (t) => {
  const ins = instrument(SEMANTICS);
  const plain = luajit(SEMANTICS);
  const traced = parseTrace(luajit(ins.source));
  t.truthy(traced);
  // Error messages name variables (an observed operand is a call result) and lines (the program is
  // re-printed inside a wrapper): only those parts may differ.
  const strip = (s: string): string => s.replace(/attempt to perform arithmetic on .*/, 'arith').replace(/prog\.lua:\d+:/g, 'prog.lua:N:');
  t.is(strip(traced!.output), strip(plain));
  t.true(traced!.obs.length > 40, `${traced!.obs.length} observations`);
  t.true(ins.sites.length > 30);
});

test('traces of generated programs agree between our VM and luajit -joff', (t) => {
  for (let i = 0; i < 6; i++) {
    const src = generate(programSeed(3, i), {});
    const ins = instrument(src);
    const ref = parseTrace(luajit(ins.source));
    const ours = parseTrace(runSource(ins.source, { chunkname: '@prog.lua', jit: { on: false } }).stdout);
    t.truthy(ref && ours, `program ${i} traced`);
    t.is(firstDifference([ref!, ours!]), -1, `program ${i}`);
    t.true(ref!.obs.length > 0);
  }
});

test('the first differing observation is the operation LuaJIT\'s JIT gets wrong (math.min/max with NaN)', (t) => {
  const src = 'local nan = 0/0\nlocal s = {}\nfor i = 1, 20 do s[#s + 1] = tostring(math.max(i, nan)) end\nprint(table.concat(s, " "))\n';
  const ins = instrument(src);
  const joff = parseTrace(luajit(ins.source))!;
  const jit = parseTrace(luajit(ins.source, ['-Ohotloop=1']))!;
  const at = firstDifference([joff, jit]);
  t.true(at >= 0, 'the JIT diverges (a LuaJIT 2.1.0-beta3 bug)');
  const site = ins.sites[joff.obs[at]!.site - 1]!;
  t.is(site.kind, 'call');
  t.is(site.op, 'math.max');
});

test('traces carry any string bytes exactly', (t) => {
  const src = 'local s = "a\\tb\\nc\\0d" .. "\\255"\nlocal u = s .. s\nprint(#u)\n';
  const tr = parseTrace(luajit(instrument(src).source))!;
  t.true(tr.obs.some((o) => o.value === 's' + 'a\tb\nc\0d\xff'.repeat(2)));
});

test('value classes separate what a JIT gets wrong', (t) => {
  t.is(valueClass('nan'), 'nan');
  t.is(valueClass('-0'), '-0');
  t.is(valueClass('0'), '0');
  t.is(valueClass('7'), 'int');
  t.is(valueClass('4294967296'), 'int53');
  t.is(valueClass('1.8446744073709552e+19'), 'huge');
  t.is(valueClass('0.30000000000000004'), 'frac');
  t.is(valueClass('inf'), 'inf');
  t.is(valueClass('s10'), 'str:num');
  t.is(valueClass('sabc'), 'str');
  t.is(valueClass('true'), 'true');
  // Signatures use coarse operand classes: the special values, then types.
  t.deepEqual(['nan', '-0', '0', '7', '4294967296', '0.5', '-inf', 's10', 'sabc', 'true', 'nil', 'table'].map(operandClass),
    ['nan', '-0', 'num', 'num', 'num', 'num', 'inf', 'str', 'str', 'bool', 'nil', 'table']);
  t.is(differenceClass('0.30000000000000004', '0.29999999999999999'), 'lastbits');
  t.is(differenceClass('243.00000000000017', '243'), 'lastbits');
  t.is(differenceClass('-0', '0'), 'zero-sign');
  t.is(differenceClass('0', '-0'), 'zero-sign');
  t.is(differenceClass('nan', '3'), 'nan');
  t.is(differenceClass('3', '4'), 'value');
  t.is(differenceClass('inf', '4'), 'value');
  t.is(differenceClass('sab', 's'), 'value');
  t.is(differenceClass('s3', '3'), 'num~str');
  t.is(differenceClass('nil', '3'), 'nil~num');
});
