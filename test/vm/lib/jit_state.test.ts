// The jit library's effects that Lua cannot see: hot counter resets (lj_dispatch_update,
// jitopt_param), per-prototype NOJIT flags (setptmode), and the VM event keys of jit.attach.
import test from 'ava';
import { u8, u32 } from '../../../jit/vm/heap.js';
import { T, PT_FLAGS } from '../../../jit/vm/obj.js';
import { newState } from '../../../jit/vm/run.js';
import { loadString } from '../../../jit/vm/load.js';
import { call } from '../../../jit/vm/interp.js';
import { ProtoFlag } from '../../../jit/bytecode/proto.js';
import { BC, bcOp } from '../../../jit/bytecode/bcdef.js';
import { eventKey } from '../../../jit/vm/vmevent.js';
import type { LuaState } from '../../../jit/vm/state.js';
import type { LProto } from '../../../jit/vm/func.js';

/** Run `src` in L. */
function run(L: LuaState, src: string): void {
  L.g.budget = Infinity;
  const fn = loadString(L, src, '=t');
  if (typeof fn === 'string') throw new Error(fn);
  const fslot = L.base;
  u32[fslot << 1] = fn; u32[(fslot << 1) + 1] = T.FUNC;
  L.top = fslot + 2;
  call(L, fslot, 0, 0);
}

const HOTCOUNT_LOOP = 2;
const allCounters = (L: LuaState): number[] => [...new Set(L.g.hotcount)];
const SCRAMBLED = 7;

test('switching the JIT from off to on restarts every hot counter; on -> on does not', (t) => {
  const L = newState();
  try {
    L.g.hotcount.fill(SCRAMBLED);
    run(L, 'jit.on()');
    t.deepEqual(allCounters(L), [SCRAMBLED], 'already on: no reset');
    run(L, 'jit.off() jit.on()');
    t.deepEqual(allCounters(L), [56 * HOTCOUNT_LOOP - 1]);
    L.g.hotcount.fill(SCRAMBLED);
    run(L, 'jit.off()');
    t.deepEqual(allCounters(L), [SCRAMBLED], 'on -> off: no reset');
    run(L, 'jit.flush() jit.flush(1) jit.on(function() end)');
    t.deepEqual(allCounters(L), [SCRAMBLED], 'flush and per-function modes: no reset');
  } finally {
    L.g.close();
  }
});

test('jit.opt.start("hotloop=N") restarts the hot counters from N; other arguments do not', (t) => {
  const L = newState();
  try {
    L.g.hotcount.fill(SCRAMBLED);
    run(L, 'jit.opt.start("-fold", "2", "maxtrace=10") jit.opt.start()');
    t.deepEqual(allCounters(L), [SCRAMBLED]);
    run(L, 'jit.opt.start("hotloop=10")');
    t.deepEqual(allCounters(L), [10 * HOTCOUNT_LOOP - 1]);
    t.is(L.g.J.param('hotloop'), 10);
    t.is(L.g.J.param('maxtrace'), 10);
    L.g.hotcount.fill(SCRAMBLED);
    run(L, 'pcall(jit.opt.start, "hotloop=3", "bad")');
    t.deepEqual(allCounters(L), [3 * HOTCOUNT_LOOP - 1], 'applied before the bad argument');
  } finally {
    L.g.close();
  }
});

test('jit.off(f) marks prototypes not to be compiled; true adds children, false only children', (t) => {
  const L = newState();
  try {
    const src = 'F = function() local function g() return function() end end return g end';
    run(L, src);
    const protos = L.g.protos;
    // Load order is innermost first: the anonymous function, g, F, the chunk.
    const [inner, g, f] = protos.slice(protos.length - 4, protos.length - 1) as [LProto, LProto, LProto];
    const nojit = (pt: LProto): boolean => {
      const heap = (u8[pt.obj + PT_FLAGS]! & ProtoFlag.NOJIT) !== 0;
      t.is((pt.flags & ProtoFlag.NOJIT) !== 0, heap, 'LProto and GCproto flags agree');
      return heap;
    };
    const state = (): boolean[] => [nojit(f), nojit(g), nojit(inner)];
    run(L, 'jit.off(F)');
    t.deepEqual(state(), [true, false, false]);
    run(L, 'jit.on(F, true)');
    t.deepEqual(state(), [false, false, false]);
    run(L, 'jit.off(F, false)');
    t.deepEqual(state(), [false, true, true]);
    run(L, 'jit.on(F, false) jit.off(F, true)');
    t.deepEqual(state(), [true, true, true]);
    run(L, 'jit.flush(F, true)');
    t.deepEqual(state(), [true, true, true], 'flush keeps the flags');
    run(L, 'jit.on(F(), true)');
    t.deepEqual(state(), [true, false, false]);
  } finally {
    L.g.close();
  }
});

test('jit.on(f) gives a blacklisted prototype its counting loops and header back', (t) => {
  const L = newState();
  try {
    run(L, 'F = function(t) for i = 1, 2 do end while t do end repeat until t end');
    const f = L.g.protos[L.g.protos.length - 2]!;
    const ops = (): number[] => Array.from({ length: f.bc.length }, (_, i) => bcOp(u32[f.pcBase + i]!));
    const before = ops();
    // Blacklist as the trace compiler would: every loop and the header to their I-forms.
    const iform: Record<number, number> = { [BC.FORL]: BC.IFORL, [BC.LOOP]: BC.ILOOP, [BC.FUNCF]: BC.IFUNCF };
    before.forEach((op, i) => { if (iform[op] !== undefined) u32[f.pcBase + i] = u32[f.pcBase + i]! - op + iform[op]!; });
    u8[f.obj + PT_FLAGS] = f.flags = f.flags | ProtoFlag.ILOOP;
    t.notDeepEqual(ops(), before);
    run(L, 'jit.off(F)');
    t.notDeepEqual(ops(), before, 'off leaves them');
    run(L, 'jit.on(F)');
    t.deepEqual(ops(), before);
    t.is(f.flags & ProtoFlag.ILOOP, 0);
    t.is(u8[f.obj + PT_FLAGS]! & ProtoFlag.ILOOP, 0);
  } finally {
    L.g.close();
  }
});

test('jit.attach keys events by the reference hash of their names (VMEVENT_DEF)', (t) => {
  const hashes: [string, number][] = [['bc', 0x00003883], ['trace', 0xb2d91467], ['record', 0x9284bf4f], ['texit', 0xb29df2b0]];
  for (const [name, h] of hashes) t.is(eventKey(name), h << 3, name);
});
