// Library productions: Lua patterns (find/match/gmatch/gsub), string.format, table.sort and coroutines
// (lib_string.c, lj_strfmt.c, lib_table.c, lib_base.c's coroutine part).
//
// Every production stays inside what LuaJIT (-joff and JIT) computes identically: patterns come from a
// fixed list of valid ones (with known capture counts, so replacement strings never name a missing
// capture); format arguments are guarded to finite numbers below 2^53, fractions are never short
// binary values (LuaJIT rounds exact decimal ties away from zero, glibc to even); sort comparators are
// strict total orders on values, so an unstable sort cannot show; coroutines yield a bounded number of times.
import * as A from './ast.js';
import type { Expr, Stmt } from './ast.js';
import type { Gen } from './gen.js';
import { block } from './stmt.js';

const CHK = (e: Expr): Stmt => A.callStmt(A.call('chk', e));
/** Format arguments are clamped into (-GUARD, GUARD): integers stay far below 2^53. */
const GUARD = 1e9;
/** Elements in an array to sort (smaller inside loop nests: the comparator runs n log n times per sort). */
const SORT_LEN: [number, number] = [2, 40];
const SORT_LEN_HOT: [number, number] = [2, 8];
/** A loop nest with more iterations than this counts as hot for sorting. */
const HOT_NEST = 50;
/** Yields per coroutine. */
const MAX_YIELDS = 12;

// -- Patterns -------------------------------------------------------------------
interface Pat { p: string; caps: number; pos?: boolean }
/** Valid patterns and the number of captures each produces (position captures counted, flagged). */
export const PATTERNS: readonly Pat[] = [
  { p: '%a+', caps: 0 }, { p: '%d+', caps: 0 }, { p: '(%w+)=(%w+)', caps: 2 }, { p: '()%s()', caps: 2, pos: true },
  { p: '%b()', caps: 0 }, { p: '%f[%w]%w+', caps: 0 }, { p: '^%s*(.-)%s*$', caps: 1 }, { p: '[%a_][%w_]*', caps: 0 },
  { p: '%-?%d+%.?%d*', caps: 0 }, { p: '(%a)(%a*)', caps: 2 }, { p: '[^,]+', caps: 0 }, { p: '%u%l*', caps: 0 },
  { p: 'o', caps: 0 }, { p: '.', caps: 0 }, { p: '(.)%1', caps: 1 }, { p: '%p', caps: 0 }, { p: '[a-f]+', caps: 0 },
  { p: '%x+', caps: 0 }, { p: '^h', caps: 0 }, { p: 'd$', caps: 0 }, { p: '%S+', caps: 0 }, { p: 'l+', caps: 0 },
  { p: 'a*', caps: 0 }, { p: 'x?y', caps: 0 }, { p: '[%]%[()]', caps: 0 }, { p: '%.', caps: 0 }, { p: '(h)(e)', caps: 2 },
  { p: '()o', caps: 1, pos: true }, { p: '%f[%a]', caps: 0 }, { p: '%f[%W](%w)', caps: 1 }, { p: '(%b[])', caps: 1 },
  { p: '%s*,%s*', caps: 0 }, { p: '[%d%.]+', caps: 0 }, { p: '%w-%d', caps: 0 }, { p: '^(%w+)', caps: 1 },
  { p: '(%l+)(%d*)()', caps: 3, pos: true }, { p: '[^%s=]+', caps: 0 }, { p: '%z', caps: 0 }, { p: '[A-Z]', caps: 0 },
];
/** Plain-find needles: full of magic characters that must be taken literally. */
const NEEDLES = ['(', '.', '%', 'a.b', '%d', '[', 'o w', '', 'l', '=', ')['];
/** Subjects with structure the patterns above can find. */
const SUBJECTS = ['hello world', 'key=val, k2=v2', '(a(b)c)', 'THE (quick) fox', 'x = 10; y = -3.5', 'aaa', '',
  'a.b.c', ' 12 34 56 ', 'foo123bar', 'f(a,b)[c]', 'hello', 'ABC def 0x1F', 'aabbcc', 'x[1][2]', 'a,b,,c'];
const REPL_STRINGS = ['%0%0', '<%0>', '%%', 'X', '', '[%1]'];
const REPL2_STRINGS = ['%2%1', '%1-%2', '(%2)'];

function subject(g: Gen): Expr {
  return g.chance(60) ? A.str(g.pick(SUBJECTS)) : g.str(1);
}

/** An init argument for find/match: small, sometimes negative or past the end. */
function init(g: Gen): Expr {
  return g.chance(30) ? A.num(g.int(-4, 12) || 1) : g.smallNum();
}

/** A number expression with one value (find position or 0). */
export function findExpr(g: Gen, d: number): Expr {
  if (g.chance(40)) return A.paren(A.bin('or', A.call('string.find', g.str(d + 1), A.str(g.pick(NEEDLES)), init(g), A.bool(true)), A.num(0)));
  return A.paren(A.bin('or', A.call('string.find', g.str(d + 1), A.str(g.pick(PATTERNS).p)), A.num(0)));
}

/** A string expression: a match (or "") or a gsub result cut to one value. */
export function matchExpr(g: Gen, d: number): Expr {
  const pat = g.pick(PATTERNS);
  if (g.chance(50)) return A.call('tostring', A.call('string.match', g.str(d + 1), A.str(pat.p)));
  return A.paren(A.call('string.gsub', g.str(d + 1), A.str(pat.p), A.str(replString(g, pat))));
}

function replString(g: Gen, pat: Pat): string {
  return pat.caps >= 2 && g.chance(50) ? g.pick(REPL2_STRINGS) : g.pick(REPL_STRINGS);
}

/** Check every value of a multi-value call through fresh locals. */
function chkAll(g: Gen, n: number, e: Expr): Stmt[] {
  const names = Array.from({ length: n }, () => g.fresh('m'));
  return [A.local(names, [e]), ...names.map((x) => CHK(A.id(x)))];
}

function patternStmt(g: Gen): Stmt[] {
  const pat = g.pick(PATTERNS);
  const s = subject(g);
  switch (g.draw(6)) {
    case 0: { // find, with init and plain sometimes
      if (g.chance(35)) return chkAll(g, 2, A.call('string.find', s, A.str(g.pick(NEEDLES)), init(g), A.bool(true)));
      const args = [s, A.str(pat.p), ...(g.chance(50) ? [init(g)] : [])];
      return chkAll(g, 2 + pat.caps, g.chance(30) ? A.method(args[0]!, 'find', ...args.slice(1)) : A.call('string.find', ...args));
    }
    case 1: return chkAll(g, Math.max(1, pat.caps), A.call('string.match', s, A.str(pat.p), ...(g.chance(40) ? [init(g)] : [])));
    case 2: { // a gmatch loop: every capture and the count
      const vars = Array.from({ length: Math.max(1, pat.caps) }, () => g.fresh('g'));
      const c = g.fresh('c');
      const p = pat.p.startsWith('^') ? pat.p.slice(1) : pat.p; // "^" in gmatch: 5.1 and LuaJIT both literal, keep it simple
      return [A.local([c], [A.num(0)]),
        A.forin(vars, [A.call('string.gmatch', s, A.str(p))],
          [A.assign([A.id(c)], [A.bin('+', A.id(c), A.num(1))]), ...vars.map((v) => CHK(A.id(v)))]),
        CHK(A.id(c))];
    }
    default: return gsubStmt(g, pat, s);
  }
}

function gsubStmt(g: Gen, pat: Pat, s: Expr): Stmt[] {
  let repl: Expr;
  switch (g.draw(3)) {
    case 0: repl = A.str(replString(g, pat)); break;
    case 1: { // keyed by the first capture (or the match); false and missing keys keep the original
      const fields: [string, Expr][] = [['hello', A.str('HI')], ['a', A.num(1)], ['o', A.bool(false)], ['l', A.str('L')],
        ['key', g.str(1)], ['x', g.num(1)]];
      const t = A.table([], fields);
      t.fields.push({ type: 'TableKey', key: A.num(2), value: A.str('two') } as (typeof t.fields)[number]);
      repl = t;
      break;
    }
    default: { // a function of the captures: returns a string, a number, false or nothing
      const a = A.id('a');
      const body = [A.ifs([
        [A.bin('==', A.call('type', a), A.str('number')), [A.ret(A.bin('*', a, A.num(g.int(2, 9))))]],
        [A.bin('>', A.un('#', a), A.num(g.int(1, 3))), [A.ret(A.method(a, g.pick(['upper', 'reverse'])))]],
        [A.bin('==', a, A.str(g.pick(['a', 'o', 'h', 'l']))), [A.ret(A.bool(false))]],
      ])];
      if (g.chance(50)) body.push(A.ret(A.bin('..', a, A.str('_'))));
      repl = A.func(['a', 'b'], body);
    }
  }
  const n = g.chance(25) ? [A.num(g.int(0, 3))] : [];
  const [r, c] = [g.fresh('s'), g.fresh('c')];
  const out = [A.local([r, c], [A.call('string.gsub', s, A.str(pat.p), repl, ...n)]), CHK(A.id(r)), CHK(A.id(c))];
  // Results stay short (subjects are short, replacements at most double them); keep it for later statements.
  g.declare(r, 'str');
  return out;
}

// -- string.format ----------------------------------------------------------------
type Conv = 'd' | 'i' | 'u' | 'c' | 'x' | 'X' | 'o' | 'e' | 'E' | 'f' | 'g' | 'G' | 'q' | 's';
const CONVS: readonly Conv[] = ['d', 'i', 'u', 'c', 'x', 'X', 'o', 'e', 'E', 'f', 'g', 'G', 'q', 's', 'd', 'f', 'g', 's'];
// Flags C defines for each conversion (undefined combinations, e.g. "#d" or "0s", are left out).
const FLAGS: Record<Conv, string> = {
  d: '-+ 0', i: '-+ 0', u: '-0', c: '-', x: '-#0', X: '-#0', o: '-#0', e: '-+ #0', E: '-+ #0', f: '-+ #0',
  g: '-+ #0', G: '-+ #0', q: '', s: '-',
};
const INTS = [0, 1, -1, 7, -42, 255, 1000, 65535, -65536, 2147483647, -2147483648, 4294967295, 1e12, -123456789];
const FRACTIONS = [0.1, -1 / 3, 2 / 7, 123.456, -9.87654321, 3.14159, 1e-5, -2.2e-7, 98765.4321, 1e14 / 3];

/** One conversion spec with random flags, width and precision. */
function spec(g: Gen, c: Conv): string {
  if (c === 'q') return '%q';
  let f = '';
  const fl = FLAGS[c];
  for (let k = g.draw(3); k > 0; k--) { const x = fl[g.draw(fl.length)] ?? ''; if (!f.includes(x)) f += x; }
  const width = g.chance(40) ? String(g.int(1, 20)) : '';
  const prec = c !== 'c' && g.chance(40) ? '.' + String(g.int(0, 12)) : '';
  return `%${f}${width}${prec}${c}`;
}

function formatStmt(g: Gen): Stmt[] {
  const x = g.fresh('fx');
  const xs = A.id(x);
  // A program value clamped to a finite number well below 2^53 (NaN and infinities fail the test).
  const safe = A.paren(A.bin('or', A.bin('and', A.bin('and', A.bin('>', xs, A.num(-GUARD)), A.bin('<', xs, A.num(GUARD))), xs), A.num(g.int(0, 99))));
  const out: Stmt[] = [A.local([x], [g.num(1)])];
  const intArg = (): Expr => (g.chance(50) ? A.num(g.pick(INTS)) : A.call('math.floor', safe));
  // Never a short binary fraction: x/7 + 1/3 has no exact decimal tie at any precision used here.
  const fracArg = (): Expr => (g.chance(50) ? A.num(g.pick(FRACTIONS)) : A.bin('+', A.bin('/', safe, A.num(7)), A.bin('/', A.num(1), A.num(3))));
  let fmt = g.chance(30) ? '[' : '';
  const args: Expr[] = [];
  for (let k = g.int(1, 3); k > 0; k--) {
    const c = g.pick(CONVS);
    fmt += spec(g, c) + g.pick(['', ' ', '|', '%%', ':']);
    switch (c) {
      case 'c': args.push(A.bin('+', A.bin('%', intArg(), A.num(95)), A.num(32))); break; // printable bytes
      case 'e': case 'E': case 'f': case 'g': case 'G': args.push(fracArg()); break;
      case 'q': args.push(g.chance(50) ? A.str(g.pick(SUBJECTS)) : g.str(1)); break;
      case 's': args.push(g.chance(60) ? g.str(1) : g.chance(50) ? intArg() : fracArg()); break;
      default: args.push(intArg());
    }
  }
  out.push(CHK(A.call('string.format', A.str(fmt), ...args)));
  return out;
}

// -- table.sort -------------------------------------------------------------------
function sortStmt(g: Gen): Stmt[] {
  const t = g.fresh('srt');
  const [lo, hi] = g.nestIters > HOT_NEST || g.depth > 0 ? SORT_LEN_HOT : SORT_LEN;
  const n = g.int(lo, hi);
  const j = A.id('j');
  const [a, b] = [A.id('a'), A.id('b')];
  const lt = (l: Expr, r: Expr): Expr => A.bin('<', l, r);
  const lex = (ka: Expr, kb: Expr, tie: Expr): Expr => A.bin('or', lt(ka, kb), A.bin('and', A.bin('==', ka, kb), tie));
  const cmpFn = (e: Expr): Expr => A.func(['a', 'b'], [A.ret(e)]);
  const seed = g.num(1);
  const s = g.fresh('sd');
  const sd = A.id(s);
  const finite = A.bin('and', A.bin('>', sd, A.num(-GUARD)), A.bin('<', sd, A.num(GUARD)));
  const out: Stmt[] = [A.local([s], [seed]),
    A.assign([sd], [A.bin('or', A.bin('and', finite, A.call('math.floor', sd)), A.num(1))]), A.local([t], [A.table([])])];
  const [mul, mod] = [g.int(1, 13), g.int(3, 29)];
  const key = A.bin('%', A.bin('+', A.bin('*', j, A.num(mul)), sd), A.num(mod)); // integers, many duplicates
  let cmp: Expr | undefined;
  let numeric = false;
  switch (g.draw(4)) {
    case 0: { // numbers (some fractional); duplicates are equal values, so instability cannot show
      const div = g.pick([1, 1, 4]);
      out.push(A.fornum('j', A.num(n), A.num(1), A.num(-1), [A.assign([A.index(A.id(t), j)], [A.bin('/', A.bin('-', key, A.num(g.int(0, 9))), A.num(div))])]));
      const k = A.num(g.int(2, 5));
      numeric = true;
      cmp = g.pick([undefined, cmpFn(A.bin('>', a, b)), cmpFn(lex(A.bin('%', a, k), A.bin('%', b, k), lt(a, b))),
        cmpFn(lex(A.call('math.abs', a), A.call('math.abs', b), lt(a, b)))]);
      break;
    }
    case 1: { // strings: by byte order, or by length then bytes
      const words = A.table(['b', 'a', 'ab', 'ba', 'Z', 'a b', 'zz', '10', '9', 'abc', ''].map((w) => A.str(w)));
      out.push(A.fornum('j', A.num(n), A.num(1), A.num(-1), [A.assign([A.index(A.id(t), j)],
        [A.bin('..', A.index(words, A.bin('+', A.bin('%', key, A.num(11)), A.num(1))), g.chance(50) ? A.str('') : A.bin('%', j, A.num(3)))])]));
      cmp = g.pick([undefined, cmpFn(A.bin('>', a, b)), cmpFn(lex(A.un('#', a), A.un('#', b), lt(a, b)))]);
      break;
    }
    default: { // records by key, ties broken by a unique id: a total order on distinct records
      out.push(A.fornum('j', A.num(n), A.num(1), A.num(-1), [A.assign([A.index(A.id(t), j)], [A.table([], [['k', key], ['id', j]])])]));
      const [ka, kb, ia, ib] = [A.member(a, 'k'), A.member(b, 'k'), A.member(a, 'id'), A.member(b, 'id')];
      cmp = g.chance(50) ? cmpFn(lex(ka, kb, lt(ia, ib))) : cmpFn(lex(kb, ka, A.bin('>', ia, ib)));
      out.push(A.callStmt(A.call('table.sort', A.id(t), cmp)));
      const v = A.index(A.id(t), A.id('j'));
      out.push(A.fornum('j', A.num(n), A.num(1), A.num(-1), [CHK(A.bin('+', A.bin('*', A.member(v, 'k'), A.num(100)), A.member(v, 'id')))]));
      return out;
    }
  }
  out.push(A.callStmt(cmp ? A.call('table.sort', A.id(t), cmp) : A.call('table.sort', A.id(t))));
  out.push(CHK(A.call('table.concat', A.id(t), A.str(','))));
  // A sorted number array (finite, no -0, no holes) is fit for the other array statements.
  if (numeric && g.chance(40)) g.declare(t, 'arr');
  return out;
}

// -- Coroutines -------------------------------------------------------------------
const Y = (...args: Expr[]) => A.call('coroutine.yield', ...args);

/** A function body (param x) with some ordinary statements, then `tail`. */
function coBody(g: Gen, tail: (g: Gen) => Stmt[]): Stmt[] {
  return g.inFunction(() => {
    g.declare('x', 'num');
    const b = g.chance(50) ? block(g, 2) : [];
    return [...b, ...tail(g)];
  });
}

function coroutineStmt(g: Gen): Stmt[] {
  const k = g.int(1, MAX_YIELDS);
  const kk = A.id('kk');
  switch (g.draw(5)) {
    case 0: { // a generator consumed by a for-in loop
      const v = g.fresh('y');
      const body = coBody(g, (g) => [A.fornum('kk', A.num(k), A.num(1), A.num(-1),
        [A.callStmt(Y(A.bin(g.pick(['+', '*', '..']), kk, A.id('x'))))])]);
      const f = A.func(['x'], body);
      return [A.forin([v], [A.call('coroutine.wrap', f), A.num(g.int(0, 9))], [CHK(A.id(v))])];
    }
    case 1: { // create/resume/status with values passed both ways, then resuming the dead coroutine
      const [co, acc, ok, r1, r2] = [g.fresh('co'), 'acc', g.fresh('ok'), g.fresh('r'), g.fresh('r')];
      const body = coBody(g, () => [A.local([acc], [A.id('x')]),
        A.fornum('kk', A.num(k), A.num(1), A.num(-1), [A.assign([A.id(acc)], [A.bin('+', A.id(acc), Y(A.id(acc), A.call('coroutine.status', A.id(co))))])]),
        A.ret(A.id(acc), A.str('end'))]);
      const resume = (arg: Expr): Stmt[] => [A.assign([A.id(ok), A.id(r1), A.id(r2)], [A.call('coroutine.resume', A.id(co), arg)]),
        CHK(A.id(ok)), CHK(A.id(r1)), CHK(A.id(r2)), CHK(A.call('coroutine.status', A.id(co)))];
      return [A.local([co], []), A.assign([A.id(co)], [A.call('coroutine.create', A.func(['x'], body))]),
        A.local([ok, r1, r2], []), ...resume(g.num(1)),
        A.whiles(A.bin('==', A.call('coroutine.status', A.id(co)), A.str('suspended')), resume(g.num(1))),
        ...resume(A.num(0))];
    }
    case 2: { // yields from inside pcall (LuaJIT allows it; PUC 5.1 does not), then an error caught there
      const co = g.fresh('co');
      const inner = A.func([], [
        A.fornum('kk', A.num(k), A.num(1), A.num(-1), [A.callStmt(Y(kk))]),
        A.ifs([[g.bool(1), [A.callStmt(A.call('error', g.chance(50) ? A.str('boom') : A.table([], [['code', A.num(k)]])))]]]),
        A.ret(A.str('fine'))]);
      const body = coBody(g, () => [A.local(['pk', 'pe'], [A.call('pcall', inner)]), A.callStmt(Y(A.id('pk'))), A.ret(A.id('pe'))]);
      const [ok, v] = [g.fresh('ok'), g.fresh('v')];
      return [A.local([co], [A.call('coroutine.wrap', A.func(['x'], body))]),
        A.fornum('kk', A.num(k + 3), A.num(1), A.num(-1), [
          A.local([ok, v], [A.call('pcall', A.id(co), kk)]), CHK(A.id(ok)),
          A.ifs([[A.id(ok), [CHK(A.id(v))]]], [CHK(A.call('type', A.id(v))), A.brk()])])];
    }
    case 3: { // nested coroutines: status "normal" and "running", and an error escaping a coroutine
      const [outer, a, b, c] = [g.fresh('co'), g.fresh('r'), g.fresh('r'), g.fresh('r')];
      const innerFn = A.func([], [A.callStmt(Y(A.call('coroutine.status', A.id(outer)))),
        A.ifs([[g.bool(1), [A.callStmt(A.call('error', A.table([])))]]]), A.ret(A.str('inner done'))]);
      const body = coBody(g, () => [A.local(['ic'], [A.call('coroutine.create', innerFn)]),
        A.local(['p', 'q'], [A.call('coroutine.resume', A.id('ic'))]), A.callStmt(Y(A.id('q'), A.call('coroutine.status', A.id(outer)))),
        A.local(['p2', 'q2'], [A.call('coroutine.resume', A.id('ic'))]),
        A.ret(A.id('p2'), A.call('type', A.id('q2')), A.call('coroutine.status', A.id('ic')))]);
      const res = (): Stmt[] => [A.local([a, b, c], [A.call('coroutine.resume', A.id(outer))]), CHK(A.id(a)), CHK(A.id(b)), CHK(A.id(c))];
      return [A.local([outer], []), A.assign([A.id(outer)], [A.call('coroutine.create', A.func(['x'], body))]),
        ...res(), ...res(), CHK(A.call('coroutine.status', A.id(outer)))];
    }
    default: { // a wrap called directly past its end: the dead call raises
      const gen = g.fresh('gen');
      const body = coBody(g, (g) => [A.local(['i'], [A.num(0)]),
        A.whiles(A.bin('<', A.id('i'), A.num(k)), [A.assign([A.id('i')], [A.bin('+', A.id('i'), A.num(1))]),
          A.callStmt(Y(A.bin('*', A.id('i'), g.num(1))))]), A.ret(A.str('last'))]);
      const [ok, v] = [g.fresh('ok'), g.fresh('v')];
      return [A.local([gen], [A.call('coroutine.wrap', A.func(['x'], body))]),
        A.fornum('kk', A.num(k + 2), A.num(1), A.num(-1), [A.local([ok, v], [A.call('pcall', A.id(gen), kk)]), CHK(A.id(ok)),
          A.ifs([[A.id(ok), [CHK(A.id(v))]]])])];
    }
  }
}

/** One library production: patterns, format, sort or coroutines. */
export function libStatement(g: Gen): Stmt[] {
  switch (g.draw(5)) {
    case 0: case 1: return patternStmt(g);
    case 2: return formatStmt(g);
    case 3: return sortStmt(g);
    default: return coroutineStmt(g);
  }
}
