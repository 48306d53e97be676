// Bytecode definition: opcodes, operand modes, metamethods, encoding. (lj_bc.h)
// The list is LuaJIT 2.1.0-beta3's (the installed reference), in its order: opcode
// numbers, `-bl` listings and NYI messages all follow from it.

/** Operand modes (ORDER BCMode in lj_bc.h). */
export const enum BCMode {
  none, dst, base, var, rbase, uv,
  lit, lits, pri, num, str, tab, func, jump, cdata,
}

/** Metamethods (ORDER MM in lj_obj.h; __pairs/__ipairs exist because the reference has FFI). */
export const MMNAMES = [
  'index', 'newindex', 'gc', 'mode', 'eq', 'len',
  'lt', 'le', 'concat', 'call',
  'add', 'sub', 'mul', 'div', 'mod', 'pow', 'unm',
  'metatable', 'tostring', 'new', 'pairs', 'ipairs',
] as const;
export type MMName = typeof MMNAMES[number];
export const enum MM {
  index, newindex, gc, mode, eq, len, lt, le, concat, call,
  add, sub, mul, div, mod, pow, unm, metatable, tostring, new_, pairs, ipairs,
  MAX, none = 255,
}
/** Metamethods below this are negatively cached in the table's nomm byte. */
export const MM_FAST = MM.len;

// (name, A mode, B mode, C/D mode, metamethod)
export const BCDEF: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ['ISLT', 'var', '___', 'var', 'lt'], ['ISGE', 'var', '___', 'var', 'lt'],
  ['ISLE', 'var', '___', 'var', 'le'], ['ISGT', 'var', '___', 'var', 'le'],
  ['ISEQV', 'var', '___', 'var', 'eq'], ['ISNEV', 'var', '___', 'var', 'eq'],
  ['ISEQS', 'var', '___', 'str', 'eq'], ['ISNES', 'var', '___', 'str', 'eq'],
  ['ISEQN', 'var', '___', 'num', 'eq'], ['ISNEN', 'var', '___', 'num', 'eq'],
  ['ISEQP', 'var', '___', 'pri', 'eq'], ['ISNEP', 'var', '___', 'pri', 'eq'],
  ['ISTC', 'dst', '___', 'var', '___'], ['ISFC', 'dst', '___', 'var', '___'],
  ['IST', '___', '___', 'var', '___'], ['ISF', '___', '___', 'var', '___'],
  ['ISTYPE', 'var', '___', 'lit', '___'], ['ISNUM', 'var', '___', 'lit', '___'],
  ['MOV', 'dst', '___', 'var', '___'], ['NOT', 'dst', '___', 'var', '___'],
  ['UNM', 'dst', '___', 'var', 'unm'], ['LEN', 'dst', '___', 'var', 'len'],
  ['ADDVN', 'dst', 'var', 'num', 'add'], ['SUBVN', 'dst', 'var', 'num', 'sub'],
  ['MULVN', 'dst', 'var', 'num', 'mul'], ['DIVVN', 'dst', 'var', 'num', 'div'],
  ['MODVN', 'dst', 'var', 'num', 'mod'],
  ['ADDNV', 'dst', 'var', 'num', 'add'], ['SUBNV', 'dst', 'var', 'num', 'sub'],
  ['MULNV', 'dst', 'var', 'num', 'mul'], ['DIVNV', 'dst', 'var', 'num', 'div'],
  ['MODNV', 'dst', 'var', 'num', 'mod'],
  ['ADDVV', 'dst', 'var', 'var', 'add'], ['SUBVV', 'dst', 'var', 'var', 'sub'],
  ['MULVV', 'dst', 'var', 'var', 'mul'], ['DIVVV', 'dst', 'var', 'var', 'div'],
  ['MODVV', 'dst', 'var', 'var', 'mod'],
  ['POW', 'dst', 'var', 'var', 'pow'], ['CAT', 'dst', 'rbase', 'rbase', 'concat'],
  ['KSTR', 'dst', '___', 'str', '___'], ['KCDATA', 'dst', '___', 'cdata', '___'],
  ['KSHORT', 'dst', '___', 'lits', '___'], ['KNUM', 'dst', '___', 'num', '___'],
  ['KPRI', 'dst', '___', 'pri', '___'], ['KNIL', 'base', '___', 'base', '___'],
  ['UGET', 'dst', '___', 'uv', '___'], ['USETV', 'uv', '___', 'var', '___'],
  ['USETS', 'uv', '___', 'str', '___'], ['USETN', 'uv', '___', 'num', '___'],
  ['USETP', 'uv', '___', 'pri', '___'], ['UCLO', 'rbase', '___', 'jump', '___'],
  ['FNEW', 'dst', '___', 'func', 'gc'],
  ['TNEW', 'dst', '___', 'lit', 'gc'], ['TDUP', 'dst', '___', 'tab', 'gc'],
  ['GGET', 'dst', '___', 'str', 'index'], ['GSET', 'var', '___', 'str', 'newindex'],
  ['TGETV', 'dst', 'var', 'var', 'index'], ['TGETS', 'dst', 'var', 'str', 'index'],
  ['TGETB', 'dst', 'var', 'lit', 'index'], ['TGETR', 'dst', 'var', 'var', 'index'],
  ['TSETV', 'var', 'var', 'var', 'newindex'], ['TSETS', 'var', 'var', 'str', 'newindex'],
  ['TSETB', 'var', 'var', 'lit', 'newindex'], ['TSETM', 'base', '___', 'num', 'newindex'],
  ['TSETR', 'var', 'var', 'var', 'newindex'],
  ['CALLM', 'base', 'lit', 'lit', 'call'], ['CALL', 'base', 'lit', 'lit', 'call'],
  ['CALLMT', 'base', '___', 'lit', 'call'], ['CALLT', 'base', '___', 'lit', 'call'],
  ['ITERC', 'base', 'lit', 'lit', 'call'], ['ITERN', 'base', 'lit', 'lit', 'call'],
  ['VARG', 'base', 'lit', 'lit', '___'], ['ISNEXT', 'base', '___', 'jump', '___'],
  ['RETM', 'base', '___', 'lit', '___'], ['RET', 'rbase', '___', 'lit', '___'],
  ['RET0', 'rbase', '___', 'lit', '___'], ['RET1', 'rbase', '___', 'lit', '___'],
  ['FORI', 'base', '___', 'jump', '___'], ['JFORI', 'base', '___', 'jump', '___'],
  ['FORL', 'base', '___', 'jump', '___'], ['IFORL', 'base', '___', 'jump', '___'],
  ['JFORL', 'base', '___', 'lit', '___'],
  ['ITERL', 'base', '___', 'jump', '___'], ['IITERL', 'base', '___', 'jump', '___'],
  ['JITERL', 'base', '___', 'lit', '___'],
  ['LOOP', 'rbase', '___', 'jump', '___'], ['ILOOP', 'rbase', '___', 'jump', '___'],
  ['JLOOP', 'rbase', '___', 'lit', '___'],
  ['JMP', 'rbase', '___', 'jump', '___'],
  ['FUNCF', 'rbase', '___', '___', '___'], ['IFUNCF', 'rbase', '___', '___', '___'],
  ['JFUNCF', 'rbase', '___', 'lit', '___'],
  ['FUNCV', 'rbase', '___', '___', '___'], ['IFUNCV', 'rbase', '___', '___', '___'],
  ['JFUNCV', 'rbase', '___', 'lit', '___'],
  ['FUNCC', 'rbase', '___', '___', '___'], ['FUNCCW', 'rbase', '___', '___', '___'],
];

/** Opcode numbers: the const enum is generated from BCDEF (scripts/gen-bcdef.ts; a test fails when it is stale). */
export { BC } from './bc.gen.js';

const MODE_NAMES = ['___', 'dst', 'base', 'var', 'rbase', 'uv', 'lit', 'lits', 'pri', 'num', 'str', 'tab', 'func', 'jump', 'cdata'];
const modeOf = (s: string): BCMode => {
  const i = MODE_NAMES.indexOf(s);
  if (i < 0) throw new Error(`bcdef: unknown mode ${s}`);
  return i as BCMode;
};
const mmOf = (s: string): MM => (s === '___' ? MM.none : (MMNAMES as readonly string[]).indexOf(s) as MM);

/** Opcode names, indexed by opcode. */
export const BC_NAMES: readonly string[] = BCDEF.map((d) => d[0]);
export const BC_MODE_A: Uint8Array = Uint8Array.from(BCDEF.map((d) => modeOf(d[1])));
export const BC_MODE_B: Uint8Array = Uint8Array.from(BCDEF.map((d) => modeOf(d[2])));
export const BC_MODE_CD: Uint8Array = Uint8Array.from(BCDEF.map((d) => modeOf(d[3])));
export const BC_MM: Uint8Array = Uint8Array.from(BCDEF.map((d) => mmOf(d[4])));
/** True if the op has a 16-bit D operand (its B mode is none). */
export const bcHasD = (op: number): boolean => BC_MODE_B[op] === BCMode.none;

// -- Instruction encoding ----------------------------------------------------

export const BCMAX_A = 0xff;
export const BCMAX_B = 0xff;
export const BCMAX_C = 0xff;
export const BCMAX_D = 0xffff;
export const BCBIAS_J = 0x8000;
export const NO_REG = BCMAX_A;

export const bcOp = (i: number): number => i & 0xff;
export const bcA = (i: number): number => (i >>> 8) & 0xff;
export const bcB = (i: number): number => i >>> 24;
export const bcC = (i: number): number => (i >>> 16) & 0xff;
export const bcD = (i: number): number => i >>> 16;
export const bcJ = (i: number): number => (i >>> 16) - BCBIAS_J;

export const insABC = (o: number, a: number, b: number, c: number): number =>
  (o | (a << 8) | (b << 24) | (c << 16)) >>> 0;
export const insAD = (o: number, a: number, d: number): number => (o | (a << 8) | (d << 16)) >>> 0;
export const insAJ = (o: number, a: number, j: number): number => insAD(o, a, j + BCBIAS_J);

/** Stack slots used by FORI/FORL, relative to operand A. */
export const enum FORL { IDX, STOP, STEP, EXT }
