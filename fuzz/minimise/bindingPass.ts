// Reductions on names: remove a local, local function or global that is never read after its
// declaration (with the assignments that only write it, such as `MT.__add = ...`), or keep only its
// initialising call; replace the reads of a local defined once by its value; inline a local function
// whose body is `return <expr>` at every call, or one called only as a statement (its body in a `do`
// block with its parameters as locals), and remove it; or turn every call statement of a local function
// into a print of its arguments. "Unused" is decided on scopes (scope.ts), so it holds whatever the
// generator's prelude declares.
import * as A from '../generator/ast.js';
import type * as L from 'luaparse';
import type { Chunk, Expr, Node, Stmt } from '../generator/ast.js';
import { blocks, copyWith, eachNode } from './astWalk.js';
import { resolve, setSlot, type Binding, type Resolution } from './scope.js';
import { eachEdit, type Pass } from './pass.js';

const REMOVABLE = new Set(['local', 'function', 'global']);

function bindingSites(c: Chunk): (() => void)[] {
  const r = resolve(c);
  const parents = parentsOf(c);
  const out: (() => void)[] = [];
  // Latest declarations first: removing them frees the names they used (V before MT in the prelude).
  for (const b of [...r.bindings].reverse()) {
    if (!REMOVABLE.has(b.kind) || b.mixedWrites > 0) continue;
    const readsOutside = b.reads.filter((ref) => !inside(ref.id, b.decl));
    if (readsOutside.length === 0 && (b.decl || b.writes.size)) {
      out.push(() => { removeBinding(c, b); });
      const init = initOf(b);
      if (init?.type === 'CallExpression') out.push(() => { removeBinding(c, b, A.callStmt(init)); });
    }
    const def = definition(b);
    if (def && b.reads.length > 0) out.push(() => { propagate(c, b, def.expr); });
    const fn = functionOf(b);
    if (!fn || readsOutside.length !== b.reads.length || b.writes.size > 0 || b.reads.length === 0) continue;
    const callees = b.reads.every((ref) => ref.key === 'base' && (ref.parent as Node).type === 'CallExpression');
    const statements = callees &&
      b.reads.every((ref) => (parents.get(ref.parent as Node)?.parent as Node | undefined)?.type === 'CallStatement');
    if (callees && returnExpr(fn)) out.push(() => { inline(c, b, fn, r); });
    if (statements && isProcedure(fn)) out.push(() => { inlineProcedure(c, b, fn); });
    if (statements) out.push(() => { redirect(c, b); });
  }
  return out;
}

/** Remove names that are never read; inline one-expression functions; calls of a function as prints. */
export const bindingPass: Pass = { name: 'bindings', run: (ctx) => eachEdit(ctx, bindingSites) };

// -- Removal ----------------------------------------------------------------------------------
/** Remove b's declaration (or just its name from a multi-name `local`) and the assignments writing it;
 *  `keep` replaces the declaration when given. */
function removeBinding(c: Chunk, b: Binding, keep?: Stmt): void {
  const drop = new Set<Stmt>(b.writes);
  const replace = new Map<Stmt, Stmt>();
  const decl = b.decl as Stmt | null;
  if (decl?.type === 'LocalStatement' && decl.variables.length > 1) {
    if (decl.init.length === decl.variables.length) {
      decl.variables.splice(b.index, 1);
      decl.init.splice(b.index, 1);
    } else {
      decl.variables.splice(b.index, 1); // the values shift onto the remaining names: the test decides
    }
  } else if (decl) {
    if (keep) replace.set(decl, keep); else drop.add(decl);
  }
  for (const list of blocks(c)) {
    for (let i = list.length - 1; i >= 0; i--) {
      const s = list[i]!;
      if (drop.has(s)) list.splice(i, 1);
      else if (replace.has(s)) list[i] = replace.get(s)!;
    }
  }
}

function initOf(b: Binding): Expr | undefined {
  const d = b.decl as Stmt | null;
  return d?.type === 'LocalStatement' && d.variables.length === 1 ? d.init[0] : undefined;
}

function inside(n: Node, root: Node | null): boolean {
  if (!root || root.type === 'LocalStatement') return false; // `local x = x` reads the outer x
  let found = false;
  eachNode(root, (m) => { if (m === n) found = true; });
  return found;
}

// -- Propagation ------------------------------------------------------------------------------
/** The one value a local ever gets: `local x = e` never assigned again, or `local x` then one `x = e`. */
function definition(b: Binding): { expr: Expr } | null {
  const d = b.decl as Stmt | null;
  if (b.kind !== 'local' || d?.type !== 'LocalStatement' || b.mixedWrites > 0) return null;
  if (b.index >= d.init.length) {
    if (d.init.length > 0 || b.writes.size !== 1) return null;
    const w = [...b.writes][0]!;
    if (w.type !== 'AssignmentStatement' || w.variables.length !== 1 || w.variables[0]!.type !== 'Identifier' ||
        w.init.length !== 1) return null;
    return { expr: w.init[0]! };
  }
  // A call last in a longer list gives several values to several names: not one expression each.
  if (b.writes.size > 0 || d.variables.length !== d.init.length) return null;
  return { expr: d.init[b.index]! };
}

/** Every read of b becomes a copy of its value (a call keeps one value: `(f())`); b is removed. */
function propagate(c: Chunk, b: Binding, value: Expr): void {
  for (const ref of b.reads) {
    const e = structuredClone(value);
    if (e.type === 'CallExpression' || e.type === 'VarargLiteral') e.inParens = true;
    setSlot(ref.parent, ref.key, e);
  }
  removeBinding(c, b);
}

// -- Inlining ---------------------------------------------------------------------------------
/** The function a local names: `local function f` or `local f = function ... end`. */
function functionOf(b: Binding): L.FunctionDeclaration | null {
  if (b.kind === 'function') return b.decl as L.FunctionDeclaration;
  const init = initOf(b);
  return init?.type === 'FunctionDeclaration' ? init : null;
}

function returnExpr(fn: L.FunctionDeclaration): Expr | null {
  const s = fn.body[0];
  if (fn.body.length !== 1 || s?.type !== 'ReturnStatement' || s.arguments.length !== 1) return null;
  if (fn.parameters.some((p) => p.type !== 'Identifier')) return null;
  return s.arguments[0]!;
}

/** Every call f(a, b) becomes the returned expression with the parameters replaced by copies of the
 *  arguments (nil for missing ones); a call statement whose expression is not a call is dropped. */
function inline(c: Chunk, b: Binding, fn: L.FunctionDeclaration, r: Resolution): void {
  const body = returnExpr(fn)!;
  const parents = parentsOf(c);
  const dropped = new Set<Stmt>();
  // Innermost calls first: f(f(x)) inlines the argument before it is copied into the outer body.
  for (const ref of [...b.reads].reverse()) {
    const call = ref.parent as L.CallExpression;
    const e = copyWith(body, (n) => {
      if (n.type !== 'Identifier') return undefined;
      const p = r.of.get(n);
      if (p?.kind !== 'param' || p.decl !== fn) return undefined;
      const arg = call.arguments[p.index];
      return arg ? structuredClone(arg) : A.nil();
    }) as Expr;
    if ((call as Expr).inParens && (e.type === 'CallExpression' || e.type === 'VarargLiteral')) e.inParens = true;
    const at = parents.get(call)!;
    if ((at.parent as Node).type === 'CallStatement') {
      if (e.type === 'CallExpression') setSlot(at.parent, at.key, e); else dropped.add(at.parent as Stmt);
    } else {
      setSlot(at.parent, at.key, e);
    }
  }
  removeBinding(c, b);
  for (const list of blocks(c)) for (let i = list.length - 1; i >= 0; i--) if (dropped.has(list[i]!)) list.splice(i, 1);
}

/** A function that returns nothing: no `return` in its body (nested functions aside), no `...`. */
function isProcedure(fn: L.FunctionDeclaration): boolean {
  if (fn.parameters.some((p) => p.type !== 'Identifier')) return false;
  let returns = false;
  const go = (body: Stmt[]): void => {
    for (const s of body) {
      if (s.type === 'ReturnStatement') returns = true;
      if (s.type === 'IfStatement') for (const cl of s.clauses) go(cl.body);
      else if (s.type !== 'FunctionDeclaration' && 'body' in s && Array.isArray(s.body)) go(s.body);
    }
  };
  go(fn.body);
  return !returns;
}

/** Each call statement f(a, b) becomes `do local p, q = a, b; <body> end`; f is removed. */
function inlineProcedure(c: Chunk, b: Binding, fn: L.FunctionDeclaration): void {
  const parents = parentsOf(c);
  for (const ref of b.reads) {
    const call = ref.parent as L.CallExpression;
    const stmt = parents.get(call)!.parent as Stmt;
    const at = parents.get(stmt)!;
    const names = fn.parameters.map((p) => (p as L.Identifier).name);
    const bind = names.length ? [A.local(names, structuredClone(call.arguments))] : [];
    setSlot(at.parent, at.key, { type: 'DoStatement', body: [...bind, ...structuredClone(fn.body)] } as Stmt);
  }
  removeBinding(c, b);
}

/** The slot holding each node. */
function parentsOf(c: Chunk): Map<Node, { parent: object; key: string | number }> {
  const parents = new Map<Node, { parent: object; key: string | number }>();
  eachNode(c.body, (n, parent, key) => { if (parent && key !== null) parents.set(n, { parent, key }); });
  return parents;
}

// -- Calls as prints --------------------------------------------------------------------------
/** f(a, b) -> print(a, b) at every call, then f removed: the values the function would have hashed or
 *  stored are printed instead (adopted only when the test still holds, e.g. on a print-level signature). */
function redirect(c: Chunk, b: Binding): void {
  for (const ref of b.reads) (ref.id as { name: string }).name = 'print';
  removeBinding(c, b);
}
