// A VM is one constructor call and shares nothing with another: two VMs run side by side,
// interleaved step by step (and one inside a library call of the other), each with the results it
// would have alone; closing one leaves the other intact.
import test from 'ava';
import { u32 } from '../../jit/vm/heap.js';
import { T } from '../../jit/vm/obj.js';
import { newState } from '../../jit/vm/run.js';
import { loadString } from '../../jit/vm/load.js';
import { call } from '../../jit/vm/interp.js';
import { newCFunction, type LuaState } from '../../jit/vm/state.js';
import { flushOut } from '../../jit/vm/lib/base.js';
import { runSource } from '../../jit/index.js';

/** Each step of this program changes globals, strings, tables, the PRNG, metatables, coroutines and the GC. */
const PROGRAM = `
local tag = ...
counter = (counter or 0) + 1
words = words or {}
words[#words + 1] = tag .. counter
math.randomseed(counter)
local r = math.random(1000)
getmetatable("").__index.shout = function(s) return s:upper() .. "!" end
local co = coroutine.wrap(function(a) local b = coroutine.yield(a * 2) return a + b end)
local y = co(counter)
local z = co(10)
local junk = {}
for i = 1, 2000 do junk[i] = {tostring(i)} end
collectgarbage()
local w = setmetatable({}, {__mode = "v"})
print(tag, counter, #words, words[#words]:shout(), r, y, z, string.format("%.3f", collectgarbage("count") > 0 and 1 or 0))
`;

/** A VM with the step program loaded and an output buffer. */
function vm(): { L: LuaState; out: string[]; fn: number } {
  const L = newState();
  const out: string[] = [];
  L.g.write = (s) => { out.push(s); };
  const fn = loadString(L, PROGRAM, '=step');
  if (typeof fn !== 'number') throw new Error(fn);
  const s = L.tsetStr(L.g.globals, L.str('step'));
  u32[s << 1] = fn; u32[(s << 1) + 1] = T.FUNC;
  return { L, out, fn };
}

function step(v: { L: LuaState; out: string[]; fn: number }, tag: string): void {
  const L = v.L;
  const fslot = L.top;
  u32[fslot << 1] = v.fn; u32[(fslot << 1) + 1] = T.FUNC;
  L.setStr(fslot + 2, tag);
  call(L, fslot, 1, 0);
  flushOut(L);
}

const STEPS = 5;

/** What one VM prints for STEPS steps alone. */
function alone(tag: string): string {
  const lines = Array.from({ length: STEPS }, () => `step("${tag}")`).join('\n');
  const r = runSource(`local src = ${JSON.stringify(PROGRAM)}\nstep = loadstring(src, "=step")\n${lines}`);
  if (r.status !== 'ok') throw new Error(r.error);
  return r.stdout;
}

test('two VMs interleaved step by step print what each prints alone', (t) => {
  const a = vm();
  const b = vm();
  try {
    for (let i = 0; i < STEPS; i++) {
      step(a, 'A');
      step(b, 'B');
    }
    t.is(a.out.join(''), alone('A'));
    t.is(b.out.join(''), alone('B'));
    t.not(a.L.g.addr, b.L.g.addr);
  } finally {
    a.L.g.close();
    b.L.g.close();
  }
});

test('a VM running inside a library call of another, and closing one while the other goes on', (t) => {
  const a = vm();
  const b = vm();
  try {
    // A's Lua code calls a library function that runs a step of B in the middle of A's step.
    const nested = newCFunction(a.L, 'stepB', () => { step(b, 'B'); return 0; });
    const s = a.L.tsetStr(a.L.g.globals, a.L.str('stepB'));
    u32[s << 1] = nested; u32[(s << 1) + 1] = T.FUNC;
    const driver = loadString(a.L, 'for i = 1, 5 do stepB() step("A") stepB() end', '=driver') as number;
    const fslot = a.L.top;
    u32[fslot << 1] = driver; u32[(fslot << 1) + 1] = T.FUNC;
    call(a.L, fslot, 0, 0);
    flushOut(a.L);
    t.is(a.out.join(''), alone('A'));
    t.is(b.out.join(''), runBSteps(2 * STEPS));
    // Closing B gives its memory back; A keeps working.
    b.L.g.close();
    step(a, 'A');
    t.regex(a.out.join('').split('\n').slice(-2, -1)[0]!, /^A\t6\t6\tA6!/);
  } finally {
    a.L.g.close();
  }
});

/** B's output for n steps alone. */
function runBSteps(n: number): string {
  const lines = Array.from({ length: n }, () => 'step("B")').join('\n');
  const r = runSource(`local src = ${JSON.stringify(PROGRAM)}\nstep = loadstring(src, "=step")\n${lines}`);
  return r.stdout;
}
