// obj.ts is the one object layout: its fields fit and do not overlap, live objects made by the VM
// have their data where obj.ts says, the collector frees every kind with the size it was made
// with, and no other source file writes a literal field offset.
import test from 'ava';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { u8, u32, f64 } from '../../jit/vm/heap.js';
import * as O from '../../jit/vm/obj.js';
import { newState } from '../../jit/vm/run.js';
import { loadString } from '../../jit/vm/load.js';
import { call } from '../../jit/vm/interp.js';
import { fullGC } from '../../jit/vm/gc.js';
import { repoRoot } from '../conformance/suite.js';

interface Field { name: string; off: number; size: number }

/** Each layout: its fields (offset, bytes) and its fixed size. */
const LAYOUTS: Record<string, { fields: Field[]; size: number }> = {
  GCstr: { size: O.STR_DATA, fields: [
    { name: 'gct', off: O.GC_GCT, size: 1 }, { name: 'marked', off: O.GC_MARKED, size: 1 }, { name: 'next', off: O.GC_NEXT, size: 4 },
    { name: 'len', off: O.STR_LEN, size: 4 }, { name: 'hash', off: O.STR_HASH, size: 4 }, { name: 'sid', off: O.STR_SID, size: 4 }] },
  GCtab: { size: O.TAB_SIZE, fields: [
    { name: 'gct', off: O.GC_GCT, size: 1 }, { name: 'marked', off: O.GC_MARKED, size: 1 }, { name: 'nomm', off: O.TAB_NOMM, size: 1 },
    { name: 'next', off: O.GC_NEXT, size: 4 }, { name: 'mt', off: O.TAB_MT, size: 4 }, { name: 'array', off: O.TAB_ARRAY, size: 4 },
    { name: 'asize', off: O.TAB_ASIZE, size: 4 }, { name: 'node', off: O.TAB_NODE, size: 4 }, { name: 'hmask', off: O.TAB_HMASK, size: 4 },
    { name: 'freetop', off: O.TAB_FREETOP, size: 4 }] },
  Node: { size: O.NODE_SIZE, fields: [
    { name: 'val', off: O.NODE_VAL, size: O.TV_SIZE }, { name: 'key', off: O.NODE_KEY, size: O.TV_SIZE }, { name: 'next', off: O.NODE_NEXT, size: 4 }] },
  GCfunc: { size: O.FN_UV, fields: [
    { name: 'gct', off: O.GC_GCT, size: 1 }, { name: 'marked', off: O.GC_MARKED, size: 1 }, { name: 'ffid', off: O.FN_FFID, size: 1 },
    { name: 'nupvalues', off: O.FN_NUPV, size: 1 }, { name: 'next', off: O.GC_NEXT, size: 4 }, { name: 'env', off: O.FN_ENV, size: 4 },
    { name: 'pc', off: O.FN_PC, size: 4 }, { name: 'proto/cupv', off: O.FN_PROTO, size: 4 }] },
  GCupval: { size: O.UV_SIZE, fields: [
    { name: 'gct', off: O.GC_GCT, size: 1 }, { name: 'marked', off: O.GC_MARKED, size: 1 }, { name: 'closed', off: O.UV_CLOSED, size: 1 },
    { name: 'next', off: O.GC_NEXT, size: 4 }, { name: 'tv', off: O.UV_TV, size: O.TV_SIZE }, { name: 'v', off: O.UV_V, size: 4 },
    { name: 'nextopen', off: O.UV_NEXTOPEN, size: 4 }] },
  GCudata: { size: O.UD_DATA, fields: [
    { name: 'gct', off: O.GC_GCT, size: 1 }, { name: 'next', off: O.GC_NEXT, size: 4 }, { name: 'mt', off: O.UD_MT, size: 4 },
    { name: 'env', off: O.UD_ENV, size: 4 }, { name: 'len', off: O.UD_LEN, size: 4 }] },
  GCthread: { size: O.TH_SIZE, fields: [
    { name: 'gct', off: O.GC_GCT, size: 1 }, { name: 'next', off: O.GC_NEXT, size: 4 }, { name: 'id', off: O.TH_ID, size: 4 },
    { name: 'stack', off: O.TH_STACK, size: 4 }, { name: 'maxslot', off: O.TH_MAXSLOT, size: 4 }, { name: 'base', off: O.TH_BASE, size: 4 },
    { name: 'top', off: O.TH_TOP, size: 4 }, { name: 'openupval', off: O.TH_OPENUPVAL, size: 4 }] },
  GCproto: { size: O.PT_BC, fields: [
    { name: 'gct', off: O.GC_GCT, size: 1 }, { name: 'id', off: O.PT_ID, size: 4 }, { name: 'sizebc', off: O.PT_SIZEBC, size: 4 },
    { name: 'numparams', off: O.PT_NUMPARAMS, size: 1 }, { name: 'framesize', off: O.PT_FRAMESIZE, size: 1 },
    { name: 'flags', off: O.PT_FLAGS, size: 1 }, { name: 'sizeuv', off: O.PT_SIZEUV, size: 1 }] },
  G: { size: O.G_SIZE, fields: [
    { name: 'clock', off: O.G_CLOCK, size: 8 }, { name: 'budget', off: O.G_BUDGET, size: 8 },
    { name: 'gc.total', off: O.G_GC_TOTAL, size: 4 }, { name: 'gc.threshold', off: O.G_GC_THRESHOLD, size: 4 },
    { name: 'gc.estimate', off: O.G_GC_ESTIMATE, size: 4 }, { name: 'gc.pause', off: O.G_GC_PAUSE, size: 4 },
    { name: 'gc.stepmul', off: O.G_GC_STEPMUL, size: 4 }, { name: 'cur_L', off: O.G_CUR_L, size: 4 },
    { name: 'jit_base', off: O.G_JIT_BASE, size: 4 }, { name: 'hookmask', off: O.G_HOOKMASK, size: 4 },
    { name: 'hookcount', off: O.G_HOOKCOUNT, size: 4 }, { name: 'hookcstart', off: O.G_HOOKCSTART, size: 4 },
    { name: 'gc.root', off: O.G_GC_ROOT, size: 4 }, { name: 'mmname', off: O.G_MMNAME, size: 4 * O.MMNAME_COUNT },
    { name: 'basemt', off: O.G_BASEMT, size: 4 * O.BASEMT_MAX }, { name: 'registry', off: O.G_REGISTRY, size: O.TV_SIZE },
    { name: 'nilnode', off: O.G_NILNODE, size: O.NODE_SIZE }, { name: 'tmptv', off: O.G_TMPTV, size: O.TV_SIZE * O.G_TMPTV_COUNT },
    { name: 'vmwords', off: O.G_VMWORDS, size: 4 * O.VMWORD_COUNT }, { name: 'hotcount', off: O.G_HOTCOUNT, size: 2 * O.HOTCOUNT_SIZE }] },
  J: { size: O.J_SIZE, fields: [
    { name: 'state', off: O.J_STATE, size: 4 }, { name: 'flags', off: O.J_FLAGS, size: 4 },
    { name: 'param', off: O.J_PARAM, size: 4 * O.J_PARAM_COUNT }, { name: 'exitno', off: O.J_EXITNO, size: 4 },
    { name: 'parent', off: O.J_PARENT, size: 4 }, { name: 'exit.gpr', off: O.J_EXIT_GPR, size: 8 * O.EXIT_NGPR },
    { name: 'exit.fpr', off: O.J_EXIT_FPR, size: 8 * O.EXIT_NFPR }, { name: 'exit.spill', off: O.J_EXIT_SPILL, size: 4 * O.EXIT_NSPILL }] },
};

/** Fields that hold TValues or doubles: they must be 8-aligned (f64 and u32 pairs address them). */
const EIGHT_ALIGNED = new Set(['val', 'key', 'tv', 'clock', 'budget', 'registry', 'nilnode', 'tmptv', 'exit.gpr', 'exit.fpr']);

test('every layout: fields inside the object, not overlapping, naturally aligned', (t) => {
  for (const [name, { fields, size }] of Object.entries(LAYOUTS)) {
    const sorted = [...fields].sort((a, b) => a.off - b.off);
    for (let i = 0; i < sorted.length; i++) {
      const f = sorted[i]!;
      t.true(f.off + f.size <= size, `${name}.${f.name} ends past the object (${f.off}+${f.size} > ${size})`);
      if (i > 0) t.true(sorted[i - 1]!.off + sorted[i - 1]!.size <= f.off, `${name}.${f.name} overlaps ${sorted[i - 1]!.name}`);
      const align = EIGHT_ALIGNED.has(f.name) ? 8 : Math.min(f.size, 4);
      t.is(f.off % align, 0, `${name}.${f.name} is not ${align}-aligned`);
    }
    t.is(size % (name === 'GCstr' ? 8 : 4), 0, `${name} size`);
  }
  t.is(O.J_OFS % 8, 0);
  t.is(O.GG_SIZE, O.J_OFS + O.J_SIZE);
  t.is(O.TMPTV.TABLE_KEY < O.G_TMPTV_COUNT, true);
});

test('objects made by the VM hold their data where obj.ts says', (t) => {
  const L = newState();
  const g = L.g;
  try {
    const s = L.str('hello');
    t.is(u8[s + O.GC_GCT], O.GCT.STR);
    t.is(u32[(s + O.STR_LEN) >> 2], 5);
    t.is(String.fromCharCode(...u8.subarray(s + O.STR_DATA, s + O.STR_DATA + 5)), 'hello');
    t.is(u8[s + O.STR_DATA + 5], 0);
    t.is(g.strs.text(s), 'hello');

    const tb = L.newTab(4, 2);
    t.is(u8[tb + O.GC_GCT], O.GCT.TAB);
    t.is(u32[(tb + O.TAB_ASIZE) >> 2], 4);
    t.is(u32[(tb + O.TAB_HMASK) >> 2], 3);
    t.not(u32[(tb + O.TAB_NODE) >> 2], g.nilnode);
    const vs = L.tsetStr(tb, s);
    f64[vs] = 42;
    const node = u32[(tb + O.TAB_NODE) >> 2];
    const keyed = [0, 1, 2, 3].map((i) => node + i * O.NODE_SIZE).find((n) => u32[(n + O.NODE_KEY) >> 2] === s)!;
    t.is(u32[(keyed + O.NODE_KEY + O.TV_IT) >> 2], O.T.STR);
    t.is(f64[(keyed + O.NODE_VAL) >> 3], 42);

    // A closure with two upvalues, made by running Lua code.
    const f = loadString(L, 'local a, b = 1, {} return function() return a, b end', '=obj');
    t.is(typeof f, 'number');
    const fslot = L.top;
    u32[fslot << 1] = f as number; u32[(fslot << 1) + 1] = O.T.FUNC;
    call(L, fslot, 0, 1);
    t.is(u32[(fslot << 1) + 1], O.T.FUNC);
    const cl = u32[fslot << 1];
    t.is(u8[cl + O.FN_FFID], O.FF.LUA);
    t.is(u8[cl + O.FN_NUPV], 2);
    t.is(u32[(cl + O.FN_ENV) >> 2], g.globals);
    for (let i = 0; i < 2; i++) {
      const uv = u32[(cl + O.FN_UV + 4 * i) >> 2];
      t.is(u8[uv + O.GC_GCT], O.GCT.UPVAL);
      t.is(u8[uv + O.UV_CLOSED], 1, 'the chunk returned: its upvalues are closed');
      t.is(u32[(uv + O.UV_V) >> 2], (uv + O.UV_TV) >> 3, 'a closed upvalue points at its own TValue');
    }
    // Its prototype: the bytecode follows the GCproto header; FN_PC finds it.
    const pt = g.protos[u32[(cl + O.FN_PROTO) >> 2]]!;
    const ptObj = u32[(cl + O.FN_PC) >> 2] * 4 - O.PT_BC;
    t.is(ptObj, pt.obj);
    t.is(u8[ptObj + O.GC_GCT], O.GCT.PROTO);
    t.is(u32[(ptObj + O.PT_ID) >> 2], pt.id);
    t.is(u32[(ptObj + O.PT_SIZEBC) >> 2], pt.bc.length);
    t.is(u8[ptObj + O.PT_FRAMESIZE], pt.framesize);
    t.is(u8[ptObj + O.PT_SIZEUV], 2);
    t.is(u32[(ptObj + O.PT_BC) >> 2], pt.bc[0]);

    // The thread object mirrors the state the TypeScript side uses; G names the running thread.
    t.is(u8[L.th + O.GC_GCT], O.GCT.THREAD);
    t.is(u32[(L.th + O.TH_BASE) >> 2], L.base);
    t.is(u32[(L.th + O.TH_STACK) >> 2], L.stack);
    t.is(u32[(g.addr + O.G_CUR_L) >> 2], L.th);
    t.is(u32[(g.addr + O.G_GC_TOTAL) >> 2], g.gc.total);
    t.is(f64[(g.addr + O.G_CLOCK) >> 3], g.clock);
  } finally {
    g.close();
  }
});

test('the collector frees every kind of object with the size it was made with', (t) => {
  const L = newState();
  const g = L.g;
  try {
    const prog = `
      local keep = {}
      for i = 1, 200 do
        local t = {i, i + 1, x = i}                       -- tables with array and hash parts
        local s = "str" .. i                              -- strings
        local f = function() return t, s end              -- closures with upvalues
        local co = coroutine.create(function() end)       -- threads
        local u = newproxy(true)                          -- userdata with a metatable
        if i % 50 == 0 then keep[#keep + 1] = f end
      end
      return keep`;
    const f = loadString(L, prog, '=obj') as number;
    // The chunk sits in a global (a root) and is called with its results dropped, so every object
    // a run makes is garbage afterwards: collecting must give back exactly the bytes it took.
    const gs = L.tsetStr(g.globals, L.str('chunk'));
    u32[gs << 1] = f; u32[(gs << 1) + 1] = O.T.FUNC;
    const fslot = L.top;
    const run = (): void => {
      u32[fslot << 1] = f; u32[(fslot << 1) + 1] = O.T.FUNC;
      call(L, fslot, 0, 0);
      for (let s = fslot; s < fslot + 8; s++) u32[(s << 1) + 1] = O.T.NIL;
      fullGC(g, fslot);
    };
    run();
    const after1 = g.mem.inUse;
    for (let i = 0; i < 3; i++) {
      run();
      t.is(g.mem.inUse, after1, `run ${i + 2} leaves no bytes behind: frees match allocation sizes`);
    }
    t.true(g.gc.cycles >= 4);
  } finally {
    g.close();
  }
});

/** Source files under dir, recursively. */
function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...sources(p));
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

test('no file but obj.ts writes a literal object field offset', (t) => {
  // Byte offsets added to an object reference before indexing a view: `(o + 12) >> 2`, `u8[o + 2]`.
  const pattern = /\+ *\d+\) *>>>? *[23]\]|\bu8\[[a-z]\w* *\+ *\d+\]/;
  const offenders: string[] = [];
  for (const file of sources(join(repoRoot(), 'jit'))) {
    if (file.endsWith(join('vm', 'obj.ts'))) continue;
    readFileSync(file, 'utf8').split('\n').forEach((line, i) => {
      if (pattern.test(line)) offenders.push(`${file}:${i + 1}: ${line.trim()}`);
    });
  }
  t.deepEqual(offenders, []);
});
