// Decoding state of the generator: a fast-check choice sequence, the scopes of typed variables,
// and the typed expression productions (numbers, strings, booleans, metatable objects, closures).
//
// The generator is written as a decoder of a list of integers that fast-check generates and shrinks
// (the "choice sequence" technique): every decision draws the next integer, and an exhausted list
// draws 0, which always picks the simplest option. Shrinking the list therefore shrinks the program
// while every decoded program stays well-typed, scoped, terminating and deterministic.
import * as A from './ast.js';
import type { Expr } from './ast.js';
import { findExpr, matchExpr } from './lib.js';

/** Value kinds the generator tracks so that operations are well-typed (errors only where intended). */
export type Kind = 'num' | 'str' | 'flip' | 'bool' | 'arr' | 'rec' | 'obj' | 'fn';

export interface Var { name: string; kind: Kind; loopVar?: boolean }

/** Knobs of the generator (all have defaults; see DEFAULT_GEN_CONFIG). */
export interface GenConfig {
  /** Iterations of a top-level hot loop: [min, max]; defaults are well above LuaJIT's hotloop of 56. */
  loopIters: [number, number];
  /** Total iterations of a loop nest are kept below this. */
  maxNestIters: number;
  maxStatements: number;
  maxDepth: number;
}

export const DEFAULT_GEN_CONFIG: GenConfig = { loopIters: [100, 300], maxNestIters: 6000, maxStatements: 48, maxDepth: 3 };

// Number edge values written so that every implementation computes them at run time (PUC Lua 5.1
// folds constants through a table keyed by value, which merges 0 and -0).
const EDGE_NUMBERS: (() => Expr)[] = [
  () => A.num(0), () => A.paren(A.bin('/', A.num(-1), A.path('math.huge'))), // -0.0
  () => A.bin('-', A.bin('^', A.num(2), A.num(31)), A.num(1)), () => A.bin('+', A.bin('^', A.num(2), A.num(31)), A.num(1)),
  () => A.bin('-', A.bin('^', A.num(2), A.num(53)), A.num(1)), () => A.bin('+', A.bin('^', A.num(2), A.num(53)), A.num(1)),
  () => A.path('math.huge'), () => A.un('-', A.path('math.huge')), () => A.paren(A.bin('/', A.num(0), A.num(0))),
  () => A.num(0.5), () => A.num(-1.25), () => A.num(1 / 3), () => A.num(2 ** 31), () => A.num(-(2 ** 31)),
  () => A.num(4294967296), () => A.num(1e-300),
];
const STRINGS = ['', 'a', 'ab', 'xyz', 'Hello', '10', ' 3 ', '1e2', '0x1F', '-7.5', 'k1', 'a,b', 'z\xff']; // no NUL: PUC's %s stops at it
const NUMERIC_STRINGS = ['10', ' 3 ', '1e2', '0x1F', '-7.5', '0', '42'];

export class Gen {
  private pos = 0;
  private scopes: Var[][] = [[]];
  private counter = 0;
  /** Statements emitted so far (the program-size budget). */
  statements = 0;
  /** Loop nesting: product of the iteration counts of the enclosing loops, and whether inside a loop. */
  nestIters = 1;
  loopDepth = 0;
  /** Depth of nested function bodies and blocks. */
  depth = 0;

  constructor(private readonly choices: number[], readonly cfg: GenConfig) {}

  // -- Choices ------------------------------------------------------------
  /** An integer in [0, n); 0 once the choices are used up. */
  draw(n: number): number {
    if (n <= 1) return 0;
    const c = this.pos < this.choices.length ? this.choices[this.pos++]! : 0;
    return c % n;
  }
  /** An integer in [lo, hi]; lo when exhausted. */
  int(lo: number, hi: number): number { return lo + this.draw(hi - lo + 1); }
  chance(percent: number): boolean { return this.draw(100) >= 100 - percent; }
  pick<T>(xs: readonly T[]): T { return xs[this.draw(xs.length)]!; }
  get exhausted(): boolean { return this.pos >= this.choices.length; }

  // -- Scopes -------------------------------------------------------------
  fresh(prefix: string): string { return `${prefix}${++this.counter}`; }
  push(): void { this.scopes.push([]); }
  pop(): void { this.scopes.pop(); }
  declare(name: string, kind: Kind, loopVar = false): void { this.scopes[this.scopes.length - 1]!.push({ name, kind, loopVar }); }
  vars(kind: Kind, assignable = false): Var[] {
    return this.scopes.flat().filter((v) => v.kind === kind && !(assignable && v.loopVar));
  }
  pickVar(kind: Kind, assignable = false): Var | undefined {
    const vs = this.vars(kind, assignable);
    return vs.length ? vs[vs.length - 1 - this.draw(vs.length)] : undefined;
  }
  /** Run f in a new scope. */
  scoped<T>(f: () => T): T { this.push(); try { return f(); } finally { this.pop(); } }
  /** Run f as a function body: loop variables of outer loops stay visible (upvalues), loop state resets. */
  inFunction<T>(f: () => T): T {
    const saved = [this.nestIters, this.loopDepth];
    this.loopDepth = 0; this.depth++;
    try { return this.scoped(f); } finally { [this.nestIters, this.loopDepth] = saved as [number, number]; this.depth--; }
  }

  // -- Expressions --------------------------------------------------------
  /** A number-valued expression. */
  num(d = 0): Expr {
    const leaf = d >= 2 || this.exhausted;
    switch (leaf ? this.draw(3) : this.draw(17)) {
      case 0: return A.num(this.int(0, 9));
      case 1: { const v = this.pickVar('num'); return v ? A.id(v.name) : A.num(this.int(1, 100)); }
      case 2: return this.pick(EDGE_NUMBERS)();
      case 3: return A.bin(this.pick(['+', '-', '*', '+', '-']), this.num(d + 1), this.num(d + 1));
      case 4: return A.bin(this.pick(['/', '%', '^']), this.num(d + 1), this.smallNum());
      case 5: return A.un('-', this.num(d + 1));
      case 6: { const v = this.pickVar('flip'); return v ? A.bin('+', A.id(v.name), this.num(d + 1)) : this.num(d + 1); }
      case 7: { const v = this.pickVar('arr'); return v ? A.paren(A.bin('or', A.index(A.id(v.name), this.smallNum()), A.num(0))) : A.num(3); }
      case 8: { const v = this.pickVar('arr'); return v ? A.un('#', A.id(v.name)) : A.un('#', this.str(d + 1)); }
      case 9: { const v = this.pickVar('rec'); return v ? A.member(A.id(v.name), this.pick(['a', 'b'])) : A.num(7); }
      case 10: { const v = this.pickVar('fn'); return v ? A.call(A.id(v.name), this.num(d + 1)) : A.call('math.floor', this.num(d + 1)); }
      case 11: { const v = this.pickVar('obj'); return v ? (this.chance(50) ? A.member(A.id(v.name), 'v') : A.call(A.id(v.name), this.num(d + 1))) : A.num(11); }
      case 12: return A.call(this.pick(['math.floor', 'math.abs']), this.num(d + 1));
      // math.min/max may return either zero for (0, -0): adding 0 turns -0 into 0 on every implementation.
      case 13: return A.bin('+', A.call(this.pick(['math.max', 'math.min']), this.num(d + 1), this.num(d + 1)), A.num(0));
      case 14: return A.call('string.len', this.str(d + 1));
      case 15: return findExpr(this, d);
      default: return A.paren(A.bin('or', A.call('tonumber', A.str(this.pick(NUMERIC_STRINGS))), A.num(0)));
    }
  }

  /** A small non-negative integer literal or loop variable (indexes, divisors, repeat counts). */
  smallNum(): Expr {
    const lv = this.scopes.flat().filter((v) => v.loopVar);
    if (lv.length && this.chance(40)) return A.bin('%', A.id(this.pick(lv).name), A.num(this.int(2, 7)));
    return A.num(this.int(1, 5));
  }

  /** A string-valued expression (kept short so checksums and concatenation chains stay cheap). */
  str(d = 0): Expr {
    const leaf = d >= 2 || this.exhausted;
    switch (leaf ? this.draw(2) : this.draw(12)) {
      case 0: return A.str(this.pick(STRINGS));
      case 1: { const v = this.pickVar('str'); return v ? A.id(v.name) : A.str('s'); }
      case 2: return A.bin('..', this.str(d + 1), this.str(d + 1));
      case 3: return A.bin('..', this.str(d + 1), this.num(d + 1)); // number -> string coercion
      case 4: return A.call('string.rep', this.str(d + 1), A.num(this.int(0, 3)));
      case 5: return A.call('string.sub', this.str(d + 1), this.smallNum(), A.num(this.int(-3, 6)));
      case 6: return A.method(this.str(d + 1), this.pick(['upper', 'lower', 'reverse']));
      case 7: return A.call('string.format', A.str('%s|%s'), this.str(d + 1), this.num(d + 1));
      case 8: { const v = this.pickVar('arr'); return v ? A.call('table.concat', A.id(v.name), A.str(',')) : A.str('t'); }
      case 9: { const v = this.pickVar('obj'); return v ? A.bin('..', A.id(v.name), this.str(d + 1)) : A.str('o'); }
      case 10: return matchExpr(this, d);
      default: return A.call('tostring', this.num(d + 1));
    }
  }

  /** A boolean-valued expression. */
  bool(d = 0): Expr {
    switch (d >= 2 || this.exhausted ? 0 : this.draw(7)) {
      case 0: return A.bin(this.pick(['<', '<=', '>', '>=', '==', '~=']), this.num(d + 1), this.num(d + 1));
      case 1: return A.bin(this.pick(['==', '~=', '<']), this.str(d + 1), this.str(d + 1));
      case 2: return A.un('not', this.bool(d + 1));
      case 3: return A.bin(this.pick(['and', 'or']), this.bool(d + 1), this.bool(d + 1));
      case 4: {
        const [a, b] = [this.pickVar('obj'), this.pickVar('obj')];
        return a && b ? A.bin(this.pick(['==', '<', '<=']), A.id(a.name), A.id(b.name)) : A.bool(this.chance(50));
      }
      case 5: { const v = this.pickVar('bool'); return v ? A.id(v.name) : A.bool(true); }
      default: return A.bin('==', A.call('type', this.anyValue(d + 1)), A.str(this.pick(['number', 'string', 'table'])));
    }
  }

  /** A numeric string or a number: the value of a type-flipping variable. */
  flip(d = 0): Expr {
    return this.chance(50) ? this.num(d + 1) : A.str(this.pick(NUMERIC_STRINGS));
  }

  /** Any checksum-able value. */
  anyValue(d = 0): Expr {
    switch (this.draw(4)) {
      case 0: return this.num(d);
      case 1: return this.str(d);
      case 2: { const v = this.pickVar('flip'); return v ? A.id(v.name) : this.bool(d); }
      default: return this.bool(d);
    }
  }

  /** An expression of the given kind (tables, objects and closures are created by statements). */
  ofKind(k: Kind, d = 0): Expr {
    switch (k) {
      case 'num': return this.num(d);
      case 'str': return this.str(d);
      case 'bool': return this.bool(d);
      case 'flip': return this.flip(d);
      default: { const v = this.pickVar(k); return v ? A.id(v.name) : A.nil(); }
    }
  }
}
