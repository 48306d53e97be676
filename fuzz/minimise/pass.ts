// The contract between the AST reducer and its passes: a pass proposes edits of the current best
// program; the reducer prints, checks, tests and adopts them (astReducer.ts).
import type { Chunk } from '../generator/ast.js';

/** Resolves true when the candidate source still shows the divergence. */
export type Interesting = (source: string) => Promise<boolean>;

/** Mutates a clone of the best program; returns false when its site does not exist there. */
export type Edit = (c: Chunk) => boolean;

export interface PassContext {
  /** The current best program. Read it to find sites; never mutate it (edits get a clone). */
  readonly best: Chunk;
  /** The -O parameters of the program's jit.opt first line (null: the program has none). */
  readonly jitOpt: string[] | null;
  /** Apply `edit` to a clone of the best; adopt the clone when it is valid Lua 5.1, strictly smaller
   *  (astWalk.ts measure) and interesting. Resolves whether it was adopted. */
  attempt(edit: Edit): Promise<boolean>;
  /** Test the program with other jit.opt parameters (null or [] drops the line); adopt when interesting.
   *  Not size-checked: the caller only proposes fewer parameters or smaller values. */
  attemptJitOpt(params: string[] | null): Promise<boolean>;
  /** True once the test budget or the deadline is used up. */
  spent(): boolean;
}

/** One family of reductions, run greedily over every site of the current best program. */
export interface Pass {
  readonly name: string;
  run(ctx: PassContext): Promise<void>;
}

/** The edits a pass can make on program `c`, as thunks that mutate `c` (in a stable order). */
export type Sites = (c: Chunk) => (() => void)[];

/**
 * Try the edits of `sites` one after another on the current best. The k-th edit of a clone is the
 * k-th edit of the best, since the walk order is the same. After a success the position stays: the
 * program changed there, and whatever is now at position k (the next site, or the simplified one)
 * is tried next. Ends when the sites run out or the budget does.
 */
export async function eachEdit(ctx: PassContext, sites: Sites): Promise<void> {
  for (let k = 0; !ctx.spent() && k < sites(ctx.best).length;) {
    const ok = await ctx.attempt((c) => {
      const e = sites(c)[k];
      if (!e) return false;
      e();
      return true;
    });
    if (!ok) k++;
  }
}
