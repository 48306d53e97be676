// The collector keeps a long allocation loop in bounded memory: 50 million tables, strings and
// closures in total, checked against the heap's high-water mark and luajit's answer.
import test from 'ava';
import { execFileSync } from 'node:child_process';
import { runSource } from '../../jit/index.js';
import { fmtNum } from '../../jit/vm/strfmt.js';

/** Each iteration allocates a table, a string and a closure: 3 objects. */
const ITERATIONS = 16_700_000;
/** Bound on heap memory ever touched by the run (the loop keeps at most 8 tables alive). */
const HEAP_BOUND = 128 << 20;

const PROGRAM = `
local n = ${ITERATIONS}
local peak, sum = 0, 0
local keep = {}
for i = 1, n do
  local t = {i, x = i}
  local s = "k" .. (i % 4096)
  local f = function() return t[1] end
  sum = sum + f() + #s
  if i % 65536 == 0 then
    local kb = collectgarbage("count")
    if kb > peak then peak = kb end
    keep[(i / 65536) % 8] = t
  end
end
print(sum, peak < 65536)
`;

test('50M allocations run in bounded heap memory with the right result', (t) => {
  const r = runSource(PROGRAM, { chunkname: '=gc' });
  t.is(r.status, 'ok', r.error);
  const mapped = r.heapTouched;
  t.log(`objects: ${3 * ITERATIONS}, heap high-water mark: ${(mapped / 1048576).toFixed(1)} MB`);
  t.true(mapped < HEAP_BOUND, `heap grew to ${mapped} bytes`);
  let expected: string;
  try {
    expected = execFileSync('luajit', ['-joff', '-'], { input: PROGRAM, encoding: 'latin1' });
  } catch {
    // Without the reference, the sum has a closed form: sum(i) + sum(#("k" .. i % 4096)).
    let s = ITERATIONS * (ITERATIONS + 1) / 2;
    for (let i = 1; i <= ITERATIONS; i++) s += 1 + String(i % 4096).length;
    expected = `${fmtNum(s)}\ttrue\n`;
  }
  t.is(r.stdout, expected);
});

// Weak entries die after about as much garbage as under luajit -joff: the pacing follows LuaJIT's
// (pause, stepmul, live estimate), so a program polling a weak table sees it cleared after a
// similar number of allocations, whatever the live set and the kind of garbage.
const WEAK_PACING = `
local function scrub() local a, b, c, d, e, f = 0, 0, 0, 0, 0, 0 return a end
local function run(live, kind)
  local keep = {}
  for i = 1, live do keep[i] = {i} end
  local w = setmetatable({{}}, {__mode = 'v'})
  scrub()
  local n = 0
  repeat
    n = n + 1
    if kind == 1 then local t = {n} elseif kind == 2 then local s = "s" .. n else local f = function() return n end end
  until w[1] == nil or n > 1e6
  return n
end
for _, live in ipairs{0, 100, 1000, 10000} do
  print(run(live, 1), run(live, 2), run(live, 3))
end
`;

test('weak values are cleared after about as much garbage as under luajit -joff', (t) => {
  const counts = (out: string): number[] => out.trim().split(/\s+/).map(Number);
  const r = runSource(WEAK_PACING, { chunkname: '=weak' });
  t.is(r.status, 'ok', r.error);
  const ours = counts(r.stdout);
  const ref = counts(execFileSync('luajit', ['-joff', '-'], { input: WEAK_PACING, encoding: 'latin1' }));
  t.is(ours.length, 12);
  t.true(ours.every((n) => n <= 1e6), `a weak value was never cleared: ${ours.join(' ')}`);
  // One run can land anywhere in LuaJIT's incremental cycle; the sum over all twelve cannot.
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  const ratio = sum(ours) / sum(ref);
  t.log(`allocations until cleared: ours ${ours.join(' ')}; luajit ${ref.join(' ')}; ratio ${ratio.toFixed(2)}`);
  t.true(ratio > 0.5 && ratio < 2, `ratio ${ratio}`);
});
