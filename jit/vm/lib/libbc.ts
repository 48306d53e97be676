// Library functions LuaJIT writes in Lua (LJLIB_LUA: table.foreachi, string.len, math.deg...):
// compiled from Lua source by our compiler, then turned into library bytecode. (lj_lib.c, genlibbc)
//
// They are real Lua functions, so they run, yield and (later) get recorded like user code. Their
// source may use two macros, as LuaJIT's do: CHECK_<type>(var) checks an argument's type with the
// ISTYPE/ISNUM bytecode (a bad one is reported as "bad argument #n to 'f' (<type> expected, got
// <type>)"), and after CHECK_tab(t) the table is indexed raw (TGETR/TSETR); PAIRS(t) iterates t's
// keys with ITERN directly. The macros compile to marked constant stores that are patched after
// compilation. The functions are stripped of debug info and named "[builtin:name]", as LuaJIT's.
import { BC, bcOp, bcA, bcB, bcD, insAD, insABC } from '../../bytecode/bcdef.js';
import type { Proto } from '../../bytecode/proto.js';
import { compile } from '../../frontend/compile.js';
import { loadProto } from '../load.js';
import { newLFunc } from '../func.js';
import type { LuaState } from '../state.js';

/** CHECK_<type> -> the bytecode and its D operand (LuaJIT's encoding: ~itype + 1; numbers check with ISNUM). */
const CHECKS: Record<string, { op: BC; d: number }> = {
  str: { op: BC.ISTYPE, d: 5 }, func: { op: BC.ISTYPE, d: 9 }, tab: { op: BC.ISTYPE, d: 12 },
  int: { op: BC.ISNUM, d: 15 }, num: { op: BC.ISNUM, d: 15 },
};

/** Markers start here: KSHORT constants no library source uses otherwise. */
const MARKER_BASE = -30000;

/** The source with its macros replaced, the marker of each CHECK, and whether PAIRS occurs. */
function expandMacros(source: string): { code: string; checks: Map<number, string>; pairs: boolean } {
  const checks = new Map<number, string>();
  let next = MARKER_BASE;
  let code = source.replace(/CHECK_(\w+)\((\w+)\)/g, (_m, type: string, v: string) => {
    if (CHECKS[type] === undefined) throw new Error(`libbc: unknown check CHECK_${type}`);
    checks.set(++next, type);
    return `${v} = ${next}`;
  });
  let pairs = false;
  code = code.replace(/PAIRS\((\w+)\)/g, (_m, v: string) => { pairs = true; return `nil, ${v}, 0`; });
  return { code, checks, pairs };
}

/** The library bytecode of the function defined by `source` (a function expression). */
export function libProto(name: string, source: string): Proto {
  const { code, checks, pairs } = expandMacros(source);
  const chunk = compile(`return ${code}`, name);
  const pt = chunk.kgc.find((k): k is Proto => typeof k === 'object' && 'bc' in k);
  if (pt === undefined) throw new Error(`libbc: ${name} is not a function expression`);
  const rawTabs = new Set<number>();
  const bc = pt.bc;
  for (let pc = 0; pc < bc.length; pc++) {
    const ins = bc[pc];
    const op = bcOp(ins);
    if (op === BC.KSHORT) {
      const type = checks.get((bcD(ins) << 16) >> 16);
      if (type !== undefined) {
        const check = CHECKS[type]!;
        bc[pc] = insAD(check.op, bcA(ins), check.d);
        if (type === 'tab') rawTabs.add(bcA(ins));
      }
    } else if ((op === BC.TGETV || op === BC.TSETV) && rawTabs.has(bcB(ins))) {
      bc[pc] = insABC(op === BC.TGETV ? BC.TGETR : BC.TSETR, bcA(ins), bcB(ins), (ins >>> 16) & 0xff);
    } else if (op === BC.ITERC && pairs) {
      bc[pc] = ((ins & ~0xff) | BC.ITERN) >>> 0;
    }
  }
  // Stripped, as LuaJIT loads its library bytecode: no line numbers, no variable names.
  pt.chunkname = name;
  pt.firstline = -1;
  pt.lineinfo = new Int32Array(bc.length);
  pt.varinfo = [];
  pt.uvnames = [];
  return pt;
}

/** A closure of library function `name` written in Lua, with the global table as its environment. */
export function luaLibFunction(L: LuaState, name: string, source: string): number {
  const lp = loadProto(L, libProto(name, source));
  lp.shortSrc = `[builtin:${name}]`;
  const f = newLFunc(L.g, lp, L.g.globals);
  if (f === 0) L.errMem();
  L.g.builtins.push(f);
  return f;
}
