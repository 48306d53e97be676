// AST delta reducer: drops statements, unwraps blocks, replaces expressions by sub-expressions or
// constants, shrinks loop bounds (keeping loops hot first), while an oracle-backed test keeps saying
// "same signature". C-Reduce's idea on the typed AST: every candidate is checked, so an edit that
// breaks the program (a dropped local still in use) is simply rejected.
import * as A from '../generator/ast.js';
import type { Chunk, Expr, Stmt } from '../generator/ast.js';
import { printChunk } from '../generator/print.js';

/** Resolves true when the candidate source still shows the divergence. */
export type Interesting = (source: string) => Promise<boolean>;

export interface ReduceOptions {
  /** Maximum candidate programs to test. */
  budget: number;
  /** Loop bounds are first shrunk no lower than this, so loops stay hot; then lower. */
  hotFloor: number;
  /** performance.now() value after which no more candidates are tried. */
  deadline?: number;
}

type Edit = (c: Chunk) => boolean; // mutates; false when the site no longer exists

/** Greedy fixpoint reducer over the AST. */
export class AstReducer {
  tests = 0;
  constructor(private readonly interesting: Interesting, private readonly o: ReduceOptions) {}

  async reduce(start: Chunk): Promise<Chunk> {
    let best = structuredClone(start);
    let progress = true;
    while (progress && !this.spent()) {
      progress = false;
      for (const pass of [this.statementEdits, this.unwrapEdits, this.expressionEdits, this.loopEdits]) {
        const r = await this.runPass(best, pass.call(this, best));
        if (r) { best = r; progress = true; }
      }
    }
    return best;
  }

  private async runPass(best: Chunk, edits: Edit[]): Promise<Chunk | null> {
    let changed: Chunk | null = null;
    let cur = best;
    const before = printChunk(cur);
    let curLen = before.length;
    for (const edit of edits) {
      if (this.spent()) break;
      const cand = structuredClone(cur);
      if (!edit(cand)) continue;
      const src = printChunk(cand);
      if (src === before || (src.length >= curLen && !isLoopShrink(edit))) continue;
      this.tests++;
      if (await this.interesting(src)) { cur = cand; changed = cand; curLen = src.length; }
    }
    return changed;
  }

  private spent(): boolean {
    return this.tests >= this.o.budget || (this.o.deadline !== undefined && performance.now() > this.o.deadline);
  }

  // -- Statements: remove chunks of each block (halves first, then single statements) ----------
  private statementEdits(c: Chunk): Edit[] {
    const edits: Edit[] = [];
    blocks(c).forEach((_, bi) => {
      const len = blocks(c)[bi]!.length;
      for (let size = Math.max(1, len >> 1); size >= 1; size >>= 1) {
        for (let at = len - size; at >= 0; at -= size) {
          edits.push((cc) => { const b = blocks(cc)[bi]; if (!b || at + size > b.length) return false; b.splice(at, size); return true; });
        }
        if (size === 1) break;
      }
    });
    return edits;
  }

  // -- Unwrap: replace if / loop / do by its body --------------------------------------------
  private unwrapEdits(c: Chunk): Edit[] {
    const edits: Edit[] = [];
    blocks(c).forEach((b, bi) => b.forEach((s, si) => {
      const inner = A.childBlocks(s);
      if (s.type === 'FunctionDeclaration') return;
      inner.forEach((_, ii) => edits.push((cc) => {
        const bb = blocks(cc)[bi];
        const st = bb?.[si];
        if (!st || st.type !== s.type) return false;
        bb!.splice(si, 1, ...A.childBlocks(st)[ii]!.filter((x) => x.type !== 'BreakStatement'));
        return true;
      }));
    }));
    return edits;
  }

  // -- Expressions: a sub-expression or a constant in place of each expression ----------------
  private expressionEdits(c: Chunk): Edit[] {
    const edits: Edit[] = [];
    const n = exprSlots(c).length;
    for (let i = n - 1; i >= 0; i--) {
      for (let alt = 0; alt < 5; alt++) {
        edits.push((cc) => {
          const slot = exprSlots(cc)[i];
          if (!slot) return false;
          const e = slot.get();
          const r = replacement(e, alt);
          if (!r) return false;
          slot.set(r);
          return true;
        });
      }
    }
    return edits;
  }

  // -- Loops: smaller numeric bounds, hot floor first ------------------------------------------
  private loopEdits(c: Chunk): Edit[] {
    const edits: Edit[] = [];
    const loops = forLoops(c);
    loops.forEach((_, li) => {
      for (const target of [this.o.hotFloor, 2, 1]) {
        const e: Edit = (cc) => {
          const l = forLoops(cc)[li];
          if (!l || l.end.type !== 'NumericLiteral' || l.end.value <= target) return false;
          l.end = A.num(target);
          return true;
        };
        (e as Edit & { loopShrink?: boolean }).loopShrink = true;
        edits.push(e);
      }
    });
    return edits;
  }
}

function isLoopShrink(e: Edit): boolean { return (e as Edit & { loopShrink?: boolean }).loopShrink === true; }

function replacement(e: Expr, alt: number): Expr | null {
  switch (alt) {
    case 0: return e.type === 'BinaryExpression' || e.type === 'LogicalExpression' ? (e.left as Expr) : null;
    case 1: return e.type === 'BinaryExpression' || e.type === 'LogicalExpression' ? (e.right as Expr) : null;
    case 2: return e.type === 'UnaryExpression' ? (e.argument as Expr)
      : e.type === 'CallExpression' && e.arguments.length ? (e.arguments[0] as Expr) : null;
    case 3: return e.type === 'NumericLiteral' && e.value === 0 ? null : (isLiteral(e) ? null : A.num(0));
    default: return e.type === 'NumericLiteral' && e.value > 1 ? A.num(Math.floor(e.value / 2)) : null;
  }
}

function isLiteral(e: Expr): boolean {
  return e.type === 'NumericLiteral' || e.type === 'StringLiteral' || e.type === 'BooleanLiteral' || e.type === 'NilLiteral';
}

// -- AST walking (fresh each time: edits are addressed by position in a stable walk order) ------
function blocks(c: Chunk): Stmt[][] {
  const out: Stmt[][] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach(visit); return; }
    const n = node as Record<string, unknown>;
    for (const k of Object.keys(n)) {
      const v = n[k];
      if (k === 'body' && Array.isArray(v)) out.push(v as Stmt[]);
      visit(v);
    }
  };
  visit(c);
  return out;
}

interface Slot { get(): Expr; set(e: Expr): void }
const EXPR_KEYS = ['init', 'arguments', 'condition', 'left', 'right', 'argument', 'start', 'end', 'step', 'index', 'value'];

function exprSlots(c: Chunk): Slot[] {
  const out: Slot[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach(visit); return; }
    const n = node as Record<string, unknown>;
    for (const k of Object.keys(n)) {
      const v = n[k];
      if (EXPR_KEYS.includes(k) && v && typeof v === 'object') {
        if (Array.isArray(v)) v.forEach((_, i) => out.push({ get: () => v[i] as Expr, set: (e) => { v[i] = e; } }));
        else if ((v as { type?: string }).type !== 'FunctionDeclaration') out.push({ get: () => n[k] as Expr, set: (e) => { n[k] = e; } });
      }
      visit(v);
    }
  };
  visit(c);
  return out;
}

function forLoops(c: Chunk): (Stmt & { type: 'ForNumericStatement' })[] {
  const out: (Stmt & { type: 'ForNumericStatement' })[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach(visit); return; }
    const n = node as Stmt;
    if (n.type === 'ForNumericStatement') out.push(n);
    for (const v of Object.values(n)) visit(v);
  };
  visit(c);
  return out;
}
