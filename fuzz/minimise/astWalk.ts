// Walks of the reducer's AST: statement lists, expression slots and loops in a stable pre-order (edits
// are addressed by position in these walks, so a clone of the best program has the same sites), the
// size measure every accepted candidate must decrease, and small AST helpers.
import * as A from '../generator/ast.js';
import type { Chunk, Expr, Node, Stmt } from '../generator/ast.js';

// -- Generic walking -------------------------------------------------------------------------
const SKIP_KEYS = new Set(['range', 'loc', 'raw']);

/** Visit every AST node object under `root`, parents before children, in key order. */
export function eachNode(root: unknown, visit: (n: Node, parent: object | null, key: string | number | null) => void): void {
  const go = (v: unknown, parent: object | null, key: string | number | null): void => {
    if (!v || typeof v !== 'object') return;
    if (Array.isArray(v)) { v.forEach((x, i) => go(x, v, i)); return; }
    const n = v as Record<string, unknown>;
    if (typeof n.type === 'string') visit(n as unknown as Node, parent, key);
    for (const k of Object.keys(n)) if (!SKIP_KEYS.has(k)) go(n[k], n, k);
  };
  go(root, null, null);
}

/** A deep copy of `node` where `hook` may supply the copy of any sub-node (it is used as is). */
export function copyWith<T>(node: T, hook: (n: Node) => Node | undefined): T {
  const go = (v: unknown): unknown => {
    if (!v || typeof v !== 'object') return v;
    if (Array.isArray(v)) return v.map(go);
    const n = v as Record<string, unknown>;
    if (typeof n.type === 'string') { const r = hook(n as unknown as Node); if (r) return r; }
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(n)) out[k] = SKIP_KEYS.has(k) ? n[k] : go(n[k]);
    return out;
  };
  return go(node) as T;
}

// -- Sites -------------------------------------------------------------------------------------
/** Every statement list: the chunk, clause and loop bodies, function bodies (also in expressions). */
export function blocks(c: Chunk): Stmt[][] {
  const out: Stmt[][] = [c.body];
  eachNode(c.body, (n) => {
    // Clause nodes carry their own `body`: an if's bodies are found through them, once each.
    if ('body' in n && Array.isArray(n.body)) out.push(n.body as Stmt[]);
  });
  return out;
}

/** A place holding one expression, with the kind of place it is. */
export interface Slot { parent: object; key: string | number; role: string; get(): Expr; set(e: Expr): void }

// Keys whose values are expressions the reducer may replace (assignment targets, call bases, member
// names, table keys by name and the names of declarations are not among them).
const EXPR_KEYS = new Set(['init', 'arguments', 'argument', 'condition', 'left', 'right', 'start', 'end', 'step', 'index',
  'value', 'key']);

/** Every replaceable expression, parents before children. `role` is the key holding it ("condition", "end"...). */
export function exprSlots(c: Chunk): Slot[] {
  const out: Slot[] = [];
  const push = (parent: Record<string | number, unknown>, key: string | number, role: string): void => {
    out.push({ parent, key, role, get: () => parent[key] as Expr, set: (e) => { parent[key] = e; } });
  };
  const go = (v: unknown): void => {
    if (!v || typeof v !== 'object') return;
    if (Array.isArray(v)) { v.forEach(go); return; }
    const n = v as Record<string, unknown>;
    for (const k of Object.keys(n)) {
      if (SKIP_KEYS.has(k)) continue;
      const x = n[k];
      const keyIsName = k === 'key' && n.type === 'TableKeyString';
      if (EXPR_KEYS.has(k) && !keyIsName && x && typeof x === 'object') {
        if (Array.isArray(x)) {
          const arr = x as unknown as Record<number, unknown>;
          x.forEach((y, i) => { if (isExpr(y)) { push(arr, i, k); go(y); } else go(y); });
          continue;
        }
        if (isExpr(x)) push(n, k, k);
      }
      go(x);
    }
  };
  go(c.body);
  return out;
}

function isExpr(v: unknown): boolean {
  const t = (v as { type?: unknown } | null)?.type;
  return typeof t === 'string' && EXPR_TYPES.has(t);
}
const EXPR_TYPES = new Set(['Identifier', 'NumericLiteral', 'StringLiteral', 'BooleanLiteral', 'NilLiteral', 'VarargLiteral',
  'FunctionDeclaration', 'TableConstructorExpression', 'BinaryExpression', 'LogicalExpression', 'UnaryExpression',
  'MemberExpression', 'IndexExpression', 'CallExpression', 'StringCallExpression', 'TableCallExpression']);

export type Loop = Extract<Stmt, { type: 'WhileStatement' | 'RepeatStatement' | 'ForNumericStatement' | 'ForGenericStatement' }>;
const LOOP_TYPES = new Set(['WhileStatement', 'RepeatStatement', 'ForNumericStatement', 'ForGenericStatement']);

/** A statement with the list holding it. */
export interface StmtSite { block: Stmt[]; index: number; stmt: Stmt }

/** Every statement (nested ones too), parents before children. */
export function statements(c: Chunk): StmtSite[] {
  const out: StmtSite[] = [];
  for (const b of blocks(c)) b.forEach((stmt, index) => out.push({ block: b, index, stmt }));
  return out;
}

/** Every loop statement in walk order, with its list. */
export function loops(c: Chunk): (StmtSite & { stmt: Loop })[] {
  return statements(c).filter((s): s is StmtSite & { stmt: Loop } => LOOP_TYPES.has(s.stmt.type));
}

/** Call expressions (not statements' own nodes only: every call node), in walk order. */
export function nodesOfType<T extends Node['type']>(c: Chunk, type: T): Extract<Node, { type: T }>[] {
  const out: Extract<Node, { type: T }>[] = [];
  eachNode(c.body, (n) => { if (n.type === type) out.push(n as Extract<Node, { type: T }>); });
  return out;
}

// -- Checks ----------------------------------------------------------------------------------
/** True when some `break` is outside every loop of its function (Lua rejects the chunk). */
export function strayBreak(c: Chunk): boolean {
  let stray = false;
  const go = (body: Stmt[], inLoop: boolean): void => {
    for (const s of body) {
      if (s.type === 'BreakStatement' && !inLoop) stray = true;
      // A function expression starts again outside any loop.
      eachNode(exprsOf(s), (n) => { if (n.type === 'FunctionDeclaration') go(n.body, false); });
      if (s.type === 'IfStatement') for (const cl of s.clauses) go(cl.body, inLoop);
      else if (s.type === 'FunctionDeclaration') go(s.body, false);
      else if (s.type === 'DoStatement') go(s.body, inLoop);
      else if (LOOP_TYPES.has(s.type)) go((s as Loop).body, true);
    }
  };
  go(c.body, false);
  return stray;
}

/** The expressions directly in a statement (not those of nested statements). */
function exprsOf(s: Stmt): unknown[] {
  switch (s.type) {
    case 'LocalStatement': case 'AssignmentStatement': return [s.variables, s.init];
    case 'CallStatement': return [s.expression];
    case 'ReturnStatement': return [s.arguments];
    case 'WhileStatement': case 'RepeatStatement': return [s.condition];
    case 'IfStatement': return s.clauses.map((c) => (c.type === 'ElseClause' ? null : c.condition));
    case 'ForNumericStatement': return [s.start, s.end, s.step];
    case 'ForGenericStatement': return [s.iterators];
    default: return [];
  }
}

// -- Measure ---------------------------------------------------------------------------------
/** Size of a program, compared lexicographically: loops and functions, statements, expression nodes,
 *  text length, then the sum of numeric literals (so a smaller loop bound of the same width counts). */
export type Measure = [number, number, number, number, number];

export function measure(c: Chunk, text: string): Measure {
  let structures = 0, stmts = 0, exprs = 0, magnitude = 0;
  eachNode(c.body, (n, parent) => {
    if (LOOP_TYPES.has(n.type) || n.type === 'FunctionDeclaration') structures++;
    if (isExpr(n)) {
      // "-1" is one literal, not a negation of one.
      const negLiteral = n.type === 'NumericLiteral' && (parent as { type?: string; operator?: string } | null)?.type === 'UnaryExpression' &&
        (parent as { operator?: string }).operator === '-';
      if (!negLiteral) exprs++;
      if (n.type === 'NumericLiteral' && Number.isFinite(n.value)) magnitude += Math.min(Math.abs(n.value), 1e15);
    } else if (!n.type.endsWith('Clause') && !n.type.startsWith('Table') && n.type !== 'Chunk') stmts++;
  });
  return [structures, stmts, exprs, text.length, magnitude];
}

export function smaller(a: Measure, b: Measure): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

// -- Literals ----------------------------------------------------------------------------------
/** The value of a numeric literal, also written negated ("-3"); undefined for anything else. */
export function numberValue(e: Expr | null | undefined): number | undefined {
  if (!e) return undefined;
  if (e.type === 'NumericLiteral') return e.value;
  if (e.type === 'UnaryExpression' && e.operator === '-' && (e.argument as Expr).type === 'NumericLiteral') {
    return -(e.argument as { value: number }).value;
  }
  return undefined;
}

export function isLiteral(e: Expr): boolean {
  return e.type === 'NumericLiteral' || e.type === 'StringLiteral' || e.type === 'BooleanLiteral' ||
    e.type === 'NilLiteral' || numberValue(e) !== undefined;
}

/** A literal node for a number (integers as integers; negative ones as "-n"). */
export const numLit = (v: number): Expr => A.num(v);
