// Hot counters tick as LuaJIT's: for programs with hot loops and hot functions, our first hot event
// fires at the same line and iteration as the installed luajit starts recording its first trace,
// at hotloop 1, 2, 7 and 56. Each program counts its iterations in the global `n`; luajit reports
// its first trace start through jit.attach, we through J.onHot. LuaJIT hashes bytecode addresses
// into 64 counters without resolving collisions, and its addresses are not ours: a difference is
// accepted only where a collision explains it, and the test says which.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { f64, u32 } from '../../jit/vm/heap.js';
import { T } from '../../jit/vm/obj.js';
import { newState } from '../../jit/vm/run.js';
import { loadString } from '../../jit/vm/load.js';
import { call } from '../../jit/vm/interp.js';
import { lineAt } from '../../jit/vm/state.js';
import * as tab from '../../jit/vm/tab.js';
import { HOTCOUNT_MASK } from '../../jit/vm/dispatch.js';
import { BC, bcOp } from '../../jit/bytecode/bcdef.js';
import { listPrograms, repoRoot } from '../conformance/suite.js';

const DIR = join(repoRoot(), 'test', 'vm', 'hotcount');
const HOTLOOPS = [1, 2, 7, 56];
/** Opcodes that tick a hot counter. */
const TICKING = new Set<number>([BC.FORL, BC.ITERL, BC.ITERN, BC.LOOP, BC.FUNCF]);

/** Where and when the first hot event (trace start) happened: source line and the value of `n`. */
interface Hot { line: number; n: number }

/** luajit's first trace start, reported from a jit.attach handler in a separate -e chunk. */
function luajitFirst(file: string, hotloop: number): Hot | undefined {
  const prelude = 'local ju = require("jit.util") local first = false ' +
    'jit.attach(function(what, tr, func, pc) if what == "start" and not first then first = true ' +
    'io.write("HOT ", ju.funcinfo(func, pc).currentline, " ", tostring(n), "\\n") end end, "trace")';
  const out = execFileSync('luajit', [`-Ohotloop=${hotloop}`, '-e', prelude, file], { encoding: 'latin1', timeout: 20_000 });
  const m = /^HOT (\d+) (\d+)$/m.exec(out);
  return m ? { line: Number(m[1]), n: Number(m[2]) } : undefined;
}

/** Our first hot event, and the hot counters the program's ticking bytecodes use (to explain collisions). */
function oursFirst(file: string, hotloop: number): { hot: Hot | undefined; collisions: string[] } {
  const L = newState({ jit: { opt: [`hotloop=${hotloop}`] } });
  const g = L.g;
  try {
    const fn = loadString(L, readFileSync(file, 'latin1'), '@' + file);
    if (typeof fn !== 'number') throw new Error(fn);
    const nKey = L.str('n');
    let hot: Hot | undefined;
    g.J.onHot = (e): void => {
      if (hot !== undefined) return;
      const pt = g.protos.find((p) => e.pc >= p.pcBase && e.pc < p.pcBase + p.bc.length)!;
      const s = tab.getStr(g.globals, nKey);
      hot = { line: lineAt(pt, e.pc), n: s >= 0 && u32[(s << 1) + 1] < T.ISNUM ? f64[s] : NaN };
    };
    const fslot = L.top;
    u32[fslot << 1] = fn; u32[(fslot << 1) + 1] = T.FUNC;
    call(L, fslot, 0, 0);
    // Which ticking bytecodes share a counter in our VM (hash = interpreter PC after the bytecode).
    const byCounter = new Map<number, string[]>();
    for (const pt of g.protos) {
      for (let i = 0; i < pt.bc.length; i++) {
        if (!TICKING.has(bcOp(u32[pt.pcBase + i]))) continue;
        const c = (pt.pcBase + i + 1) & HOTCOUNT_MASK;
        byCounter.set(c, [...(byCounter.get(c) ?? []), `line ${lineAt(pt, pt.pcBase + i)}`]);
      }
    }
    const collisions = [...byCounter.entries()].filter(([, v]) => v.length > 1).map(([c, v]) => `counter ${c}: ${v.join(', ')}`);
    return { hot, collisions };
  } finally {
    g.close();
  }
}

function haveLuajit(): boolean {
  try {
    execFileSync('luajit', ['-v'], { timeout: 5000 });
    return true;
  } catch {
    return false;
  }
}

const programs = listPrograms(DIR);

test('at least 20 programs with hot loops and functions', (t) => {
  t.true(programs.length >= 20, `${programs.length} programs in ${DIR}`);
});

for (const name of programs) {
  test(`first hot event of ${name} matches luajit's first trace start at hotloop ${HOTLOOPS.join(', ')}`, (t) => {
    if (!haveLuajit()) {
      t.log('luajit is not installed: nothing to compare with');
      t.pass();
      return;
    }
    const file = join(DIR, `${name}.lua`);
    let exact = 0;
    for (const h of HOTLOOPS) {
      const ref = luajitFirst(file, h);
      const ours = oursFirst(file, h);
      t.truthy(ref, `luajit started no trace at hotloop ${h}`);
      t.truthy(ours.hot, `no hot event at hotloop ${h}`);
      if (ref === undefined || ours.hot === undefined) continue;
      if (ref.line === ours.hot.line && ref.n === ours.hot.n) { exact++; continue; }
      // Only a shared counter can make them differ: ours, or one on luajit's side.
      const why = ours.collisions.length > 0
        ? `our VM shares hot counters (${ours.collisions.join('; ')})`
        : undefined;
      if (why === undefined) {
        t.fail(`hotloop ${h}: luajit starts at line ${ref.line} with n=${ref.n}, we at line ${ours.hot.line} with n=${ours.hot.n}, and no counter of ours is shared`);
      } else {
        t.log(`hotloop ${h}: differs (luajit line ${ref.line} n=${ref.n}, ours line ${ours.hot.line} n=${ours.hot.n}) because ${why}`);
      }
    }
    t.log(`${exact} of ${HOTLOOPS.length} hotloop settings: same line and iteration as luajit`);
  });
}
