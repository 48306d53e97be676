// Name resolution for the reducer: every identifier read bound to its local (or global) declaration,
// with the assignments that only write it, so "unused", "inline" and "substitute" are decided on
// scopes (Lua 5.1 rules: a local is visible after its statement; repeat's condition sees its body).
import type * as L from 'luaparse';
import type { Chunk, Expr, Node, Stmt } from '../generator/ast.js';

export type BindingKind = 'local' | 'function' | 'param' | 'for' | 'global';

/** One declared name (or one global name) and how the program uses it. */
export interface Binding {
  name: string;
  kind: BindingKind;
  /** The declaring node: LocalStatement, local FunctionDeclaration, the function of a parameter, the loop;
   *  null for globals. */
  decl: Node | null;
  /** Index of the name in the declaring statement's variable list. */
  index: number;
  /** Identifier nodes that read the value (bases of assignment targets excluded). */
  reads: Ref[];
  /** Assignments whose every target is this name or rooted at it (x = e, x.f = e, x[k] = e). */
  writes: Set<Stmt>;
  /** Assignments that write it among other targets (such a name cannot be removed cleanly). */
  mixedWrites: number;
}

/** A read of a name, with the slot holding the Identifier so it can be replaced. */
export interface Ref { id: L.Identifier; parent: object; key: string | number }

export interface Resolution {
  bindings: Binding[];
  /** Binding of each reading Identifier node. */
  of: Map<L.Identifier, Binding>;
  /** Names read but never declared local where read (globals and library tables). */
  freeReads: Set<string>;
}

type Scope = Map<string, Binding>;

/** Resolve every name of a chunk. Bindings come in declaration order (globals last). */
export function resolve(c: Chunk): Resolution {
  return new Resolver().chunk(c);
}

class Resolver {
  private scopes: Scope[] = [];
  private bindings: Binding[] = [];
  private globals = new Map<string, Binding>();
  private of = new Map<L.Identifier, Binding>();
  private freeReads = new Set<string>();

  chunk(c: Chunk): Resolution {
    this.block(c.body);
    return { bindings: [...this.bindings, ...this.globals.values()], of: this.of, freeReads: this.freeReads };
  }

  // -- Scopes ------------------------------------------------------------------------------
  private declare(name: string, kind: BindingKind, decl: Node, index = 0): Binding {
    const b: Binding = { name, kind, decl, index, reads: [], writes: new Set(), mixedWrites: 0 };
    this.bindings.push(b);
    this.scopes[this.scopes.length - 1]!.set(name, b);
    return b;
  }

  private lookup(name: string): Binding {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const b = this.scopes[i]!.get(name);
      if (b) return b;
    }
    let g = this.globals.get(name);
    if (!g) {
      g = { name, kind: 'global', decl: null, index: 0, reads: [], writes: new Set(), mixedWrites: 0 };
      this.globals.set(name, g);
    }
    return g;
  }

  private block(body: Stmt[], before?: () => void, after?: () => void): void {
    this.scopes.push(new Map());
    before?.();
    for (const s of body) this.stmt(s);
    after?.();
    this.scopes.pop();
  }

  // -- Statements --------------------------------------------------------------------------
  private stmt(s: Stmt): void {
    switch (s.type) {
      case 'LocalStatement':
        s.init.forEach((e, i) => this.expr(e, s.init, i));
        s.variables.forEach((v, i) => this.declare(v.name, 'local', s, i));
        return;
      case 'AssignmentStatement': {
        s.init.forEach((e, i) => this.expr(e, s.init, i));
        const roots = s.variables.map((t, i) => this.target(t as Expr, s.variables, i));
        const distinct = new Set(roots);
        for (const b of distinct) {
          if (!b) continue;
          if (distinct.size === 1) b.writes.add(s); else b.mixedWrites++;
        }
        return;
      }
      case 'CallStatement': this.expr(s.expression as Expr, s, 'expression'); return;
      case 'FunctionDeclaration': {
        if (s.isLocal && s.identifier?.type === 'Identifier') {
          this.declare(s.identifier.name, 'function', s);
        } else if (s.identifier) {
          // `function g() end`, `function t.f() end`: a write of g (of t's field), removable with g (t)
          this.target(s.identifier as Expr, s, 'identifier')?.writes.add(s);
        }
        this.func(s);
        return;
      }
      case 'ReturnStatement': s.arguments.forEach((e, i) => this.expr(e, s.arguments, i)); return;
      case 'DoStatement': this.block(s.body); return;
      case 'WhileStatement': this.expr(s.condition, s, 'condition'); this.block(s.body); return;
      case 'RepeatStatement': this.block(s.body, undefined, () => this.expr(s.condition, s, 'condition')); return;
      case 'IfStatement':
        for (const c of s.clauses) {
          if (c.type !== 'ElseClause') this.expr(c.condition, c, 'condition');
          this.block(c.body);
        }
        return;
      case 'ForNumericStatement':
        this.expr(s.start, s, 'start'); this.expr(s.end, s, 'end');
        if (s.step) this.expr(s.step, s, 'step');
        this.block(s.body, () => { this.declare(s.variable.name, 'for', s); });
        return;
      case 'ForGenericStatement':
        s.iterators.forEach((e, i) => this.expr(e, s.iterators, i));
        this.block(s.body, () => s.variables.forEach((v, i) => this.declare(v.name, 'for', s, i)));
        return;
      default: return; // break, goto, label
    }
  }

  /** An assignment target: its root name is written, everything else in it is read. */
  private target(t: Expr, parent: object, key: string | number): Binding | null {
    if (t.type === 'Identifier') return this.lookup(t.name);
    if (t.type === 'MemberExpression') return this.root(t.base as Expr, t, 'base');
    if (t.type === 'IndexExpression') { this.expr(t.index, t, 'index'); return this.root(t.base as Expr, t, 'base'); }
    this.expr(t, parent, key);
    return null;
  }

  private root(e: Expr, parent: object, key: string): Binding | null {
    if (e.type === 'Identifier') return this.lookup(e.name);
    if (e.type === 'MemberExpression' || e.type === 'IndexExpression') return this.target(e, parent, key);
    this.expr(e, parent, key);
    return null;
  }

  private func(f: L.FunctionDeclaration): void {
    const isMethod = f.identifier?.type === 'MemberExpression' && f.identifier.indexer === ':';
    this.block(f.body, () => {
      if (isMethod) this.declare('self', 'param', f);
      f.parameters.forEach((p, i) => { if (p.type === 'Identifier') this.declare(p.name, 'param', f, i); });
    });
  }

  // -- Expressions -------------------------------------------------------------------------
  private expr(e: Expr, parent: object, key: string | number): void {
    switch (e.type) {
      case 'Identifier': {
        const b = this.lookup(e.name);
        b.reads.push({ id: e, parent, key });
        this.of.set(e, b);
        if (b.kind === 'global') this.freeReads.add(e.name);
        return;
      }
      case 'FunctionDeclaration': this.func(e); return;
      case 'TableConstructorExpression':
        for (const f of e.fields) {
          if (f.type === 'TableKey') this.expr(f.key, f, 'key');
          this.expr(f.value, f, 'value');
        }
        return;
      case 'BinaryExpression': case 'LogicalExpression':
        this.expr(e.left as Expr, e, 'left'); this.expr(e.right as Expr, e, 'right'); return;
      case 'UnaryExpression': this.expr(e.argument as Expr, e, 'argument'); return;
      case 'MemberExpression': this.expr(e.base as Expr, e, 'base'); return;
      case 'IndexExpression': this.expr(e.base as Expr, e, 'base'); this.expr(e.index, e, 'index'); return;
      case 'CallExpression':
        this.expr(e.base as Expr, e, 'base');
        e.arguments.forEach((a, i) => this.expr(a, e.arguments, i));
        return;
      case 'StringCallExpression': this.expr(e.base as Expr, e, 'base'); return;
      case 'TableCallExpression': this.expr(e.base as Expr, e, 'base'); this.expr(e.arguments, e, 'arguments'); return;
      default: return; // literals, vararg
    }
  }
}

/** Set the value in a slot recorded by a Ref (or any parent/key pair). */
export function setSlot(parent: object, key: string | number, value: unknown): void {
  (parent as Record<string | number, unknown>)[key] = value;
}
