// Library functions written in Lua (libbc.ts) compile to the same bytecode as the installed
// luajit's own (read back with jit.util.funcbc), so they behave and will trace alike.
import test from 'ava';
import { execFileSync } from 'node:child_process';
import { newState } from '../../jit/vm/run.js';
import { u32 } from '../../jit/vm/heap.js';
import { FN_PROTO, T } from '../../jit/vm/obj.js';
import * as tab from '../../jit/vm/tab.js';
import { BC_NAMES, bcOp } from '../../jit/bytecode/bcdef.js';

const FUNCS: [string, string][] = [
  ['table', 'foreachi'], ['table', 'foreach'], ['table', 'getn'], ['table', 'remove'], ['table', 'move'],
  ['string', 'len'], ['math', 'deg'], ['math', 'rad'],
];

/** luajit's instruction words of lib.name, from pc 1 on. */
function reference(lib: string, name: string): number[] | undefined {
  const prog = `local ju = require("jit.util") local f = ${lib}.${name} local pc = 1
    while true do local ins = ju.funcbc(f, pc) if not ins then break end io.write(ins % 4294967296, "\\n") pc = pc + 1 end`;
  try {
    return execFileSync('luajit', ['-e', prog], { encoding: 'latin1', timeout: 10_000 }).trim().split('\n').map(Number);
  } catch {
    return undefined;
  }
}

test('each Lua-written library function has luajit\'s bytecode', (t) => {
  const L = newState();
  const g = L.g;
  try {
    for (const [lib, name] of FUNCS) {
      const libSlot = tab.getStr(g.globals, L.str(lib));
      const fs = tab.getStr(u32[libSlot << 1], L.str(name));
      t.is(u32[(fs << 1) + 1], T.FUNC, `${lib}.${name} is a function`);
      const pt = g.protos[u32[(u32[fs << 1] + FN_PROTO) >> 2]];
      t.truthy(pt, `${lib}.${name} is a Lua function`);
      if (pt === undefined) continue;
      t.is(pt.shortSrc, `[builtin:${name}]`);
      const ref = reference(lib, name);
      if (ref === undefined) { t.log('luajit not installed: bytecode not compared'); continue; }
      const ours = Array.from(pt.bc.slice(1));
      const show = (w: number[]): string[] => w.map((i) => `${BC_NAMES[bcOp(i)]} ${(i >>> 8) & 0xff} ${i >>> 16}`);
      t.deepEqual(show(ours), show(ref), `${lib}.${name}`);
    }
  } finally {
    g.close();
  }
});
