// Statement productions: hot loops with flipping branches, type-changing values, tables that grow and
// change shape, closures and upvalues, recursion, varargs, metatable objects, pcall/error.
import * as A from './ast.js';
import type { Expr, Stmt } from './ast.js';
import type { Gen, Kind } from './gen.js';
import { libStatement } from './lib.js';

/** Per-loop iteration cap inside function bodies (functions are called from hot loops). */
const FN_LOOP_ITERS = 12;
/** Arrays stop growing at this length, so loops over them stay cheap. */
const ARRAY_CAP = 500;
/** Recursion stops at this depth, far below any stack limit. */
const RECURSION_CAP = 30;

const CHK = (e: Expr): Stmt => A.callStmt(A.call('chk', e));

/** A block of up to `max` statements. */
export function block(g: Gen, max: number): Stmt[] {
  const out: Stmt[] = [];
  const n = g.int(1, max);
  for (let i = 0; i < n && g.statements < g.cfg.maxStatements; i++) {
    if (i > 0 && g.exhausted) break; // out of choices: the simplest program is the shortest
    out.push(...statement(g));
  }
  return out;
}

/** One production (some expand to two or three statements). */
export function statement(g: Gen): Stmt[] {
  g.statements++;
  const deep = g.depth >= g.cfg.maxDepth || g.exhausted;
  const r = deep ? g.draw(6) : g.draw(24);
  switch (r) {
    case 0: return [CHK(g.anyValue())];
    case 1: return declare(g, g.pick(['num', 'num', 'str', 'flip', 'bool'] as Kind[]));
    case 2: return reassign(g);
    case 3: return tableMutation(g);
    case 4: return [A.callStmt(A.call('print', g.chance(60) ? g.num() : g.str()))];
    case 5: return g.loopDepth > 0 ? flipBranch(g) : declare(g, 'num');
    case 6: case 7: case 8: return loop(g);
    case 9: return ifChain(g);
    case 10: return tableDecl(g);
    case 11: return closure(g);
    case 12: return recursion(g);
    case 13: return varargs(g);
    case 14: return protectedCall(g);
    case 15: return objectDecl(g);
    case 16: return pairsCount(g);
    case 17: return g.depth === 0 && g.loopDepth === 0 ? globalDecl(g) : declare(g, 'num');
    case 18: return g.loopDepth > 0 ? [A.ifs([[g.bool(1), [A.brk()]]])] : reassign(g);
    case 19: return g.loopDepth > 0 ? flipBranch(g) : tableMutation(g);
    case 20: return upvalueCounter(g);
    case 22: case 23: return libStatement(g); // patterns, string.format, table.sort, coroutines
    default: return ipairsLoop(g);
  }
}

// -- Variables ----------------------------------------------------------------
function declare(g: Gen, k: Kind): Stmt[] {
  const name = g.fresh(k === 'num' ? 'n' : k === 'str' ? 's' : k === 'flip' ? 'f' : 'b');
  const e = g.ofKind(k);
  g.declare(name, k);
  return [A.local([name], [e])];
}

function globalDecl(g: Gen): Stmt[] {
  const k: Kind = g.chance(70) ? 'num' : 'str';
  const name = g.fresh(k === 'num' ? 'G' : 'GS');
  const e = g.ofKind(k);
  g.declare(name, k);
  return [A.assign([A.id(name)], [e])];
}

function reassign(g: Gen): Stmt[] {
  const k = g.pick(['num', 'num', 'str', 'flip', 'obj'] as Kind[]);
  const v = g.pickVar(k, true);
  if (!v) return declare(g, k === 'obj' ? 'num' : k);
  const t = A.id(v.name);
  switch (k) {
    // Strings are cut back so repeated concatenation in hot loops stays small.
    case 'str': return [A.assign([t], [A.call('string.sub', A.bin('..', t, g.str(1)), A.num(-24))])];
    case 'obj': return [A.assign([t], [A.bin('+', t, g.num(1))])]; // __add
    case 'flip': return [A.assign([t], [g.flip()])];
    default: return [A.assign([t], [g.chance(50) ? A.bin(g.pick(['+', '-', '*']), t, g.num(1)) : g.num()])];
  }
}

// -- Loops --------------------------------------------------------------------
/** Iterations for a new loop, or 0 when the nest budget is spent. */
function iterations(g: Gen): number {
  if (g.depth > 0) {
    // A function body may be called from inside hot loops: its loop counts against the same nest
    // budget (g.nestIters carries into functions), or nested pcall(function() for ... end) multiply.
    if (g.loopDepth !== 0) return 0;
    const n = g.int(3, FN_LOOP_ITERS);
    return g.nestIters * n <= g.cfg.maxNestIters ? n : 0;
  }
  const [lo, hi] = g.cfg.loopIters;
  const n = g.loopDepth === 0 ? g.int(lo, hi) : g.int(8, 40);
  return g.nestIters * n <= g.cfg.maxNestIters ? n : 0;
}

function inLoop(g: Gen, n: number, loopVar: string | null, f: () => Stmt[]): Stmt[] {
  const saved = g.nestIters;
  g.nestIters *= n; g.loopDepth++;
  g.push();
  if (loopVar) g.declare(loopVar, 'num', true);
  try {
    const body = f();
    if (loopVar && g.chance(70)) body.push(CHK(A.id(loopVar)));
    return body;
  } finally { g.pop(); g.loopDepth--; g.nestIters = saved; }
}

function loop(g: Gen): Stmt[] {
  const n = iterations(g);
  if (n === 0) return [CHK(g.num())];
  const shape = g.draw(5);
  if (shape <= 1) { // numeric for, counting up or down, sometimes with a fractional or even step
    const i = g.fresh('i');
    const body = inLoop(g, n, i, () => loopBody(g, i, n));
    if (shape === 0) return [A.fornum(i, A.num(1), A.num(n), null, body)];
    const step = g.pick([-1, -2, -0.5]);
    return [A.fornum(i, A.num(Math.ceil(n * -step)), A.num(1), A.num(step), body)];
  }
  const w = g.fresh('w');
  const body = inLoop(g, n, w, () => loopBody(g, w, n));
  const bump = A.assign([A.id(w)], [A.bin('+', A.id(w), A.num(1))]);
  if (shape <= 3) return [A.local([w], [A.num(0)]), A.whiles(A.bin('<', A.id(w), A.num(n)), [bump, ...body])];
  return [A.local([w], [A.num(0)]), A.repeats([bump, ...body], A.bin('>=', A.id(w), A.num(n)))];
}

/** A hot loop's body: ordinary statements plus a branch that flips after K iterations. */
function loopBody(g: Gen, iv: string, n: number): Stmt[] {
  const k = g.int(Math.floor(n / 4), Math.floor((3 * n) / 4));
  const body: Stmt[] = [];
  if (g.chance(60)) {
    const then = g.scoped(() => block(g, 2));
    body.push(A.ifs([[A.bin('>', A.id(iv), A.num(k)), then]], g.chance(50) ? g.scoped(() => block(g, 2)) : undefined));
  }
  body.push(...block(g, 4));
  return body;
}

/** Inside a loop: a value that changes type mid-loop, or a branch whose outcome changes. */
function flipBranch(g: Gen): Stmt[] {
  const lv = g.vars('num').filter((v) => v.loopVar);
  if (!lv.length) return reassign(g);
  const i = A.id(g.pick(lv).name);
  const f = g.pickVar('flip', true);
  const k = A.num(g.int(10, 150));
  if (f && g.chance(70)) {
    const t = A.id(f.name);
    return [A.ifs([[A.bin('>', i, k), [A.assign([t], [A.call('tostring', i)])]]],
      [A.assign([t], [A.bin('*', i, A.num(g.pick([0.5, 1, 3])))])]), CHK(A.bin('+', t, A.num(1)))];
  }
  const x = g.fresh('x');
  g.declare(x, 'flip');
  return [A.local([x], [A.bin('or', A.bin('and', A.bin('==', A.bin('%', i, A.num(g.int(2, 5))), A.num(0)), A.str('7')), i)]),
    CHK(A.bin('..', A.id(x), A.str('')))];
}

function ipairsLoop(g: Gen): Stmt[] {
  const arr = g.pickVar('arr');
  if (!arr || g.loopDepth > 0 || g.depth > 0) return loop(g);
  const [j, v] = [g.fresh('j'), g.fresh('v')];
  const body = inLoop(g, ARRAY_CAP, j, () => { g.declare(v, 'num', true); return block(g, 3); });
  body.push(CHK(A.id(v)));
  return [A.forin([j, v], [A.call('ipairs', A.id(arr.name))], body)];
}

/** Counting is the only pairs() use: the order differs between implementations, the count does not. */
function pairsCount(g: Gen): Stmt[] {
  const t = g.pickVar('rec') ?? g.pickVar('arr');
  if (!t) return tableDecl(g);
  const c = g.fresh('c');
  return [A.local([c], [A.num(0)]),
    A.forin(['_'], [A.call('pairs', A.id(t.name))], [A.assign([A.id(c)], [A.bin('+', A.id(c), A.num(1))])]), CHK(A.id(c))];
}

// -- Control flow ---------------------------------------------------------------
function ifChain(g: Gen): Stmt[] {
  const clauses: [Expr, Stmt[]][] = [];
  const n = g.int(1, 3);
  for (let i = 0; i < n; i++) clauses.push([g.bool(), g.scoped(() => { g.depth++; try { return block(g, 3); } finally { g.depth--; } })]);
  return [A.ifs(clauses, g.chance(50) ? g.scoped(() => block(g, 2)) : undefined)];
}

// -- Tables -------------------------------------------------------------------
function tableDecl(g: Gen): Stmt[] {
  if (g.chance(50)) {
    const name = g.fresh('arr');
    const items = Array.from({ length: g.int(0, 4) }, () => g.num(1));
    g.declare(name, 'arr');
    return [A.local([name], [A.table(items)])];
  }
  const name = g.fresh('rec');
  const fields: [string, Expr][] = [['a', g.num(1)], ['b', g.num(1)]];
  if (g.chance(50)) fields.push(['name', g.str(1)]);
  g.declare(name, 'rec');
  return [A.local([name], [A.table([], fields)])];
}

function tableMutation(g: Gen): Stmt[] {
  const arr = g.pickVar('arr');
  const rec = g.pickVar('rec');
  if (!arr && !rec) return tableDecl(g);
  if (arr && (!rec || g.chance(60))) {
    const t = A.id(arr.name);
    const len = A.un('#', t);
    switch (g.draw(4)) {
      case 0: return [A.ifs([[A.bin('<', len, A.num(ARRAY_CAP)), [A.assign([A.index(t, A.bin('+', len, A.num(1)))], [g.num(1)])]]])];
      case 1: return [A.ifs([[A.bin('<', len, A.num(ARRAY_CAP)), [A.callStmt(A.call('table.insert', t, g.num(1)))]]])];
      case 2: return [CHK(A.paren(A.bin('or', A.call('table.remove', t), A.num(0))))];
      default: { // overwrite inside the array part only, so it never gets holes
        const k = g.smallNum();
        return [A.ifs([[A.bin('<=', k, len), [A.assign([A.index(t, k)], [g.num(1)])]]])];
      }
    }
  }
  const t = A.id(rec!.name);
  if (g.chance(50)) return [A.assign([A.member(t, g.pick(['a', 'b']))], [g.num(1)])];
  // New string keys change the table's shape (hash part grows) while loops run over it.
  return [A.assign([A.index(t, A.bin('..', A.str('k'), g.smallNum()))], [g.num(1)])];
}

function objectDecl(g: Gen): Stmt[] {
  const name = g.fresh('o');
  const e = g.num(1);
  g.declare(name, 'obj');
  return [A.local([name], [A.call('V', e)])];
}

// -- Functions ----------------------------------------------------------------
function closure(g: Gen): Stmt[] {
  const name = g.fresh('fn');
  if (g.chance(40)) { // a factory: each call makes a closure over a fresh upvalue
    const mk = g.fresh('mk');
    const inner = g.inFunction(() => {
      g.declare('k', 'num'); g.declare('x', 'num');
      return A.func(['x'], [A.ret(A.bin(g.pick(['+', '*', '-']), A.id('x'), g.num(1)))]);
    });
    const arg = g.num(1);
    g.declare(name, 'fn');
    return [A.localFunc(mk, ['k'], [A.ret(inner)]), A.local([name], [A.call(A.id(mk), arg)])];
  }
  const body = g.inFunction(() => {
    g.declare('x', 'num');
    const b = block(g, 3);
    b.push(A.ret(g.num(1)));
    return b;
  });
  g.declare(name, 'fn');
  return [A.localFunc(name, ['x'], body)];
}

function upvalueCounter(g: Gen): Stmt[] {
  const up = g.pickVar('num', true);
  if (!up) return declare(g, 'num');
  const name = g.fresh('bump');
  const u = A.id(up.name);
  g.declare(name, 'fn');
  return [A.localFunc(name, ['d'], [A.assign([u], [A.bin('+', u, A.id('d'))]), A.ret(u)])];
}

function recursion(g: Gen): Stmt[] {
  const name = g.fresh('rec');
  const n = A.id('n');
  const self = A.call(A.id(name), A.bin('-', n, A.num(g.pick([1, 2]))));
  const body = [
    A.ifs([[A.un('not', A.bin('and', A.bin('>', n, A.num(0)), A.bin('<=', n, A.num(RECURSION_CAP)))), [A.ret(A.num(1))]]]),
    A.ret(A.bin(g.pick(['+', '*', '-']), n, self)),
  ];
  g.declare(name, 'fn');
  return [A.localFunc(name, ['n'], body)];
}

function varargs(g: Gen): Stmt[] {
  const name = g.fresh('va');
  const [a, b] = [A.id('a'), A.id('b')];
  const body = [
    A.local(['a', 'b'], [A.vararg()]),
    A.ret(A.call('select', A.str('#'), A.vararg()), A.bin('+', A.paren(A.bin('or', a, A.num(0))), A.paren(A.bin('or', b, A.num(0)))), A.vararg()),
  ];
  const args = Array.from({ length: g.int(1, 3) }, () => g.num(1));
  const r = [g.fresh('r'), g.fresh('r')];
  const use: Stmt[] = g.chance(50)
    ? [A.local(r, [A.call(A.id(name), ...args)]), CHK(A.id(r[0]!)), CHK(A.id(r[1]!))]
    : [CHK(A.call('select', A.str('#'), A.call('unpack', A.table([A.call(A.id(name), ...args)])))),
       CHK(A.paren(A.call(A.id(name), ...args)))];
  if (r.length && use[0]!.type === 'LocalStatement') { g.declare(r[0]!, 'num'); g.declare(r[1]!, 'num'); }
  return [A.localFunc(name, [], body, true), ...use];
}

const ERROR_VALUES: ((g: Gen) => Expr)[] = [
  (g) => A.bin('..', A.str('bad '), g.num(1)),
  (g) => A.table([], [['code', g.num(1)]]),
  (g) => g.num(1),
];
const RUNTIME_ERRORS: (() => Stmt)[] = [
  () => A.local(['z'], [A.bin('+', A.id('undef_n'), A.num(1))]),  // arithmetic on a nil global
  () => A.local(['z'], [A.member(A.member(A.table([]), 'x'), 'y')]), // index a nil field
  () => A.callStmt(A.call(A.id('undef_f'))),                       // call a nil global
  () => A.local(['z'], [A.bin('<', A.num(1), A.str('x'))]),         // compare number with string
  () => A.local(['z'], [A.bin('..', A.table([]), A.str(''))]),      // concatenate a table
];

function protectedCall(g: Gen): Stmt[] {
  const [ok, e] = [g.fresh('ok'), g.fresh('e')];
  const fnBody = g.inFunction(() => {
    const b = block(g, 2);
    if (g.chance(50)) b.push(A.ifs([[g.bool(1), [A.callStmt(A.call('error', g.pick(ERROR_VALUES)(g)))]]]));
    else b.push(A.ifs([[g.bool(1), [g.pick(RUNTIME_ERRORS)()]]]));
    b.push(A.ret(g.num(1)));
    return b;
  });
  return [A.local([ok, e], [A.call('pcall', A.func([], fnBody))]), CHK(A.id(ok)), CHK(A.id(e))];
}
