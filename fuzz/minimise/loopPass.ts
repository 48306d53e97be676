// Loop reductions: remove a loop around its body (the numeric loop variable becomes its start value);
// write a counting `while`/`repeat` (`local w = 0; while w < N do w = w + 1 ...`) as a numeric `for`;
// binary-search the smallest iteration count that still triggers (numeric `for` bounds, `while w < N`,
// `repeat ... until w >= N`); then unroll loops left with a few iterations into copies of the body.
import * as A from '../generator/ast.js';
import type { Chunk, Expr, Stmt } from '../generator/ast.js';
import { blocks, copyWith, loops, numberValue, type Loop } from './astWalk.js';
import { resolve, type Binding } from './scope.js';
import { eachEdit, type Pass, type PassContext } from './pass.js';

/** Numeric loops of at most this many iterations are unrolled. */
export const UNROLL_MAX = 3;
const COMPARISONS = new Set(['<', '<=', '>', '>=']);
/** The last value of w the body sees, from the comparison that ends a counting loop: `while w < N`
 *  tests w = N-1 last, and the body's `w = w + 1` makes that N. */
const WHILE_SHIFT: Record<string, number> = { '<': 0, '<=': 1 };
const UNTIL_SHIFT: Record<string, number> = { '>=': 0, '>': 1 };

async function run(ctx: PassContext): Promise<void> {
  await eachEdit(ctx, removeSites);
  await eachEdit(ctx, countingSites);
  for (let k = 0; k < loops(ctx.best).length && !ctx.spent(); k++) await shrinkCount(ctx, k);
  await eachEdit(ctx, unrollSites);
}

/** Remove loops, shrink their counts, unroll the short ones. */
export const loopPass: Pass = { name: 'loops', run };

// -- Removing the loop ---------------------------------------------------------------------------
function removeSites(c: Chunk): (() => void)[] {
  const out: (() => void)[] = [];
  let r: ReturnType<typeof resolve> | undefined;
  for (const { block, index, stmt } of loops(c)) {
    if (stmt.type === 'ForGenericStatement') continue; // its variables have no value without the iterator
    out.push(() => {
      const body = stmt.body.filter((s) => s.type !== 'BreakStatement');
      if (stmt.type !== 'ForNumericStatement') { block.splice(index, 1, ...body); return; }
      r ??= resolve(c);
      block.splice(index, 1, ...iteration({ ...stmt, body }, loopVar(r, stmt), stmt.start));
    });
  }
  return out;
}

/** One copy of a numeric loop's body with its variable set to `value`: substituted when the body never
 *  assigns it, declared as a local otherwise. */
function iteration(loop: Extract<Loop, { type: 'ForNumericStatement' }>, v: Binding | undefined, value: Expr): Stmt[] {
  if (v && v.writes.size === 0 && v.mixedWrites === 0) {
    const reads = new Set(v.reads.map((ref) => ref.id as object));
    return copyWith(loop.body, (n) => (reads.has(n) ? structuredClone(value) : undefined));
  }
  return [A.local([loop.variable.name], [structuredClone(value)]), ...structuredClone(loop.body)];
}

function loopVar(r: ReturnType<typeof resolve>, loop: Stmt): Binding | undefined {
  return r.bindings.find((b) => b.kind === 'for' && b.decl === loop);
}

// -- Counting loops as numeric for ------------------------------------------------------------
/** `local w = a` then `while w < N do w = w + 1; B end` (or `repeat w = w + 1; B until w >= N`)
 *  becomes `for w = a + 1, N' do B end`: two statements fewer, and a bound the search below shrinks. */
function countingSites(c: Chunk): (() => void)[] {
  const out: (() => void)[] = [];
  for (const list of blocks(c)) {
    list.forEach((decl, i) => {
      const loop = list[i + 1];
      if (decl.type !== 'LocalStatement' || decl.variables.length !== 1 || decl.init.length !== 1 || !loop) return;
      const w = decl.variables[0]!.name, a = numberValue(decl.init[0]);
      if (a === undefined || (loop.type !== 'WhileStatement' && loop.type !== 'RepeatStatement')) return;
      if (!isBump(loop.body[0], w)) return;
      const last = lastValue(loop.condition, w, loop.type === 'WhileStatement');
      if (!last) return;
      out.push(() => { list.splice(i, 2, A.fornum(w, A.num(a + 1), last, null, loop.body.slice(1))); });
    });
  }
  return out;
}

/** `w = w + 1`. */
function isBump(s: Stmt | undefined, w: string): boolean {
  if (s?.type !== 'AssignmentStatement' || s.variables.length !== 1 || s.init.length !== 1) return false;
  const t = s.variables[0]!, e = s.init[0]!;
  return t.type === 'Identifier' && t.name === w && e.type === 'BinaryExpression' && e.operator === '+' &&
    (e.left as Expr).type === 'Identifier' && (e.left as { name: string }).name === w && numberValue(e.right as Expr) === 1;
}

/** The last value w takes: `while w < N` (N - 1), `w <= N`; `until w >= N` (N), `w > N` (N + 1). */
function lastValue(cond: Expr, w: string, isWhile: boolean): Expr | null {
  if (cond.type !== 'BinaryExpression' || (cond.left as Expr).type !== 'Identifier' ||
      (cond.left as { name: string }).name !== w) return null;
  const n = cond.right as Expr;
  const shift = (isWhile ? WHILE_SHIFT : UNTIL_SHIFT)[cond.operator];
  if (shift === undefined) return null;
  const v = numberValue(n);
  if (v !== undefined) return A.num(v + shift);
  return shift === 0 ? n : A.bin(shift < 0 ? '-' : '+', n, A.num(Math.abs(shift)));
}

// -- Shrinking the count ---------------------------------------------------------------------------
/** Loop k's iteration count as literals give it, and how to set it (keeping the first values the loop
 *  variable takes, or for a loop counting down, its last ones). */
interface Bound { count: number; set(c: Chunk, count: number): boolean }

function boundOf(c: Chunk, k: number): Bound | null {
  const l = loops(c)[k]?.stmt;
  if (!l) return null;
  if (l.type === 'ForNumericStatement') {
    const s = numberValue(l.start), e = numberValue(l.end), st = l.step ? numberValue(l.step) : 1;
    if (s === undefined || e === undefined || st === undefined || st === 0 || ![s, e, st].every(Number.isInteger)) return null;
    const count = Math.floor((e - s) / st) + 1;
    return {
      count,
      // Counting down, the start moves: a smaller literal, as the measure wants.
      set: (cc, n) => setFor(cc, k, st > 0 ? 'end' : 'start', st > 0 ? s + (n - 1) * st : e - (n - 1) * st),
    };
  }
  if (l.type === 'WhileStatement' || l.type === 'RepeatStatement') {
    const side = comparedLiteral(l.condition);
    if (!side) return null;
    const v = numberValue(operand(l.condition, side))!;
    return Number.isInteger(v) ? { count: v, set: (cc, x) => setCond(cc, k, side, x) } : null;
  }
  return null;
}

/** "left"/"right" when the loop condition compares something with an integer literal. */
function comparedLiteral(cond: Expr): 'left' | 'right' | null {
  if (cond.type !== 'BinaryExpression' || !COMPARISONS.has(cond.operator)) return null;
  if (numberValue(cond.right as Expr) !== undefined) return 'right';
  if (numberValue(cond.left as Expr) !== undefined) return 'left';
  return null;
}

function operand(cond: Expr, side: 'left' | 'right'): Expr {
  const b = cond as Extract<Expr, { type: 'BinaryExpression' }>;
  return (side === 'left' ? b.left : b.right) as Expr;
}

function setFor(c: Chunk, k: number, key: 'start' | 'end', v: number): boolean {
  const l = loops(c)[k]?.stmt;
  if (l?.type !== 'ForNumericStatement') return false;
  l[key] = A.num(v);
  return true;
}

function setCond(c: Chunk, k: number, side: 'left' | 'right', v: number): boolean {
  const l = loops(c)[k]?.stmt;
  if (!l || (l.type !== 'WhileStatement' && l.type !== 'RepeatStatement')) return false;
  const cond = l.condition as Extract<Expr, { type: 'BinaryExpression' }>;
  if (side === 'left') cond.left = A.num(v); else cond.right = A.num(v);
  return true;
}

/** Binary search for the smallest count in [1, count] that is still interesting (count is). */
async function shrinkCount(ctx: PassContext, k: number): Promise<void> {
  const b = boundOf(ctx.best, k);
  if (!b || b.count <= 1) return;
  let lo = 1, hi = b.count;
  while (lo < hi && !ctx.spent()) {
    const mid = Math.floor((lo + hi) / 2);
    const ok = await ctx.attempt((c) => boundOf(c, k)?.set(c, mid) ?? false);
    if (ok) hi = mid; else lo = mid + 1;
  }
}

// -- Unrolling -----------------------------------------------------------------------------------
function unrollSites(c: Chunk): (() => void)[] {
  const out: (() => void)[] = [];
  let r: ReturnType<typeof resolve> | undefined;
  for (const { block, index, stmt } of loops(c)) {
    if (stmt.type !== 'ForNumericStatement' || stmt.body.some((s) => s.type === 'BreakStatement')) continue;
    const s = numberValue(stmt.start), e = numberValue(stmt.end), st = stmt.step ? numberValue(stmt.step) : 1;
    if (s === undefined || e === undefined || !st) continue;
    const n = Math.floor((e - s) / st) + 1;
    if (n < 2 || n > UNROLL_MAX) continue;
    out.push(() => {
      r ??= resolve(c);
      const v = loopVar(r, stmt);
      const scoped = stmt.body.some((x) => x.type === 'LocalStatement' || (x.type === 'FunctionDeclaration' && x.isLocal));
      const copies: Stmt[] = [];
      for (let i = 0; i < n; i++) {
        const body = iteration(stmt, v, A.num(s + i * st));
        // Locals of one iteration must not be seen by the next.
        copies.push(...(scoped ? [{ type: 'DoStatement', body } as Stmt] : body));
      }
      block.splice(index, 1, ...copies);
    });
  }
  return out;
}
