// AST delta reducer: C-Reduce's idea on the typed Lua AST. Passes (one family of reductions per file)
// propose edits of the best program; each candidate is printed, checked (parses as Lua 5.1, no stray
// `break`, reads no global the best program did not read, strictly smaller by astWalk.ts's measure),
// and tested; an interesting candidate becomes the best. Passes repeat until none makes progress or
// the budget runs out.
//
// The measure orders programs by loops and functions first, then statements, expression nodes, text
// length and the sum of numeric literals, so every adopted edit shrinks something and the fixpoint is
// reached; unrolling a loop or inlining a function may add text yet still counts as smaller. The
// program's jit.opt first line (fuzz/luajit/jitOpt.ts) is kept apart from the AST: no pass but the
// jit.opt one sees it, so no edit can turn `if jit then ... end` into an unguarded call.
import type { Chunk } from '../generator/ast.js';
import { parseLua } from '../generator/parse.js';
import { printChunk } from '../generator/print.js';
import { jitOptLine, splitJitOpt } from '../luajit/jitOpt.js';
import { measure, smaller, strayBreak, type Measure } from './astWalk.js';
import { resolve } from './scope.js';
import type { Edit, Interesting, Pass, PassContext } from './pass.js';
import { deletePass, unwrapPass } from './blockPass.js';
import { bindingPass } from './bindingPass.js';
import { loopPass } from './loopPass.js';
import { exprPass } from './exprPass.js';
import { jitOptPass } from './jitOptPass.js';

export type { Interesting } from './pass.js';

export interface ReduceOptions {
  /** Maximum candidate programs to test. */
  budget: number;
  /** performance.now() value after which no more candidates are tried. */
  deadline?: number;
}

/** The passes of one round, cheapest and most productive first. */
export const PASSES: readonly Pass[] = [loopPass, deletePass, bindingPass, unwrapPass, exprPass, jitOptPass];

/** Tests and adoptions per pass, for reports and tuning. */
export interface PassStats { tests: number; adopted: number }

/** Greedy fixpoint reducer over the AST. */
export class AstReducer implements PassContext {
  tests = 0;
  readonly stats: Record<string, PassStats> = {};
  best: Chunk = { type: 'Chunk', body: [] };
  jitOpt: string[] | null = null;
  private bestText = '';
  private bestMeasure: Measure = [0, 0, 0, 0, 0];
  private bestFree = new Set<string>();
  private rejected = new Set<string>();
  private pass = '';

  constructor(private readonly interesting: Interesting, private readonly o: ReduceOptions,
              private readonly passes: readonly Pass[] = PASSES) {}

  /** Reduce a program (with or without a jit.opt first line); resolves with the smallest interesting
   *  text found, or `source` itself when no edit was adopted (or it does not parse). */
  async reduce(source: string): Promise<string> {
    const { params, body } = splitJitOpt(source);
    try { this.adopt(parseLua(body), params); } catch { return source; }
    const start = this.bestText;
    let progress = true;
    while (progress && !this.spent()) {
      progress = false;
      for (const p of this.passes) {
        if (this.spent()) break;
        this.pass = p.name;
        const before = this.bestText;
        await p.run(this);
        if (this.bestText !== before) progress = true;
      }
    }
    return this.bestText === start ? source : this.bestText;
  }

  spent(): boolean {
    return this.tests >= this.o.budget || (this.o.deadline !== undefined && performance.now() > this.o.deadline);
  }

  async attempt(edit: Edit): Promise<boolean> {
    if (this.spent()) return false;
    const cand = structuredClone(this.best);
    if (!edit(cand)) return false;
    let text: string;
    let parsed: Chunk;
    try {
      text = this.print(cand, this.jitOpt);
      if (text === this.bestText || this.rejected.has(text)) return false;
      parsed = parseLua(splitJitOpt(text).body);
    } catch { return false; }
    if (!smaller(measure(parsed, text), this.bestMeasure) || strayBreak(parsed)) return false;
    // A read of a name the best program never read is a read of an undefined global: an error.
    for (const n of resolve(parsed).freeReads) if (!this.bestFree.has(n)) return false;
    return this.test(text, parsed, this.jitOpt);
  }

  async attemptJitOpt(params: string[] | null): Promise<boolean> {
    if (this.spent()) return false;
    const p = params && params.length ? params : null;
    const text = this.print(this.best, p);
    if (text === this.bestText || this.rejected.has(text)) return false;
    return this.test(text, this.best, p);
  }

  private async test(text: string, parsed: Chunk, params: string[] | null): Promise<boolean> {
    this.tests++;
    const s = (this.stats[this.pass] ??= { tests: 0, adopted: 0 });
    s.tests++;
    if (!(await this.interesting(text))) { this.rejected.add(text); return false; }
    s.adopted++;
    this.adopt(parsed, params);
    return true;
  }

  private adopt(c: Chunk, params: string[] | null): void {
    this.best = c;
    this.jitOpt = params;
    this.bestText = this.print(c, params);
    this.bestMeasure = measure(c, this.bestText);
    this.bestFree = resolve(c).freeReads;
  }

  private print(c: Chunk, params: string[] | null): string {
    return (params && params.length ? jitOptLine(params) : '') + printChunk(c);
  }
}
