// Statement-level reductions: delete runs of statements (halves of each list first, then smaller runs,
// as ddmin), and flatten blocks: an `if` by one of its clause bodies, `do ... end` by its body, and
// an `if` without one of its clauses (an `else` or `elseif` dropped).
import type { Chunk } from '../generator/ast.js';
import { blocks, statements } from './astWalk.js';
import { eachEdit, type Pass, type PassContext } from './pass.js';

// -- Deletion ---------------------------------------------------------------------------------
async function deleteRuns(ctx: PassContext): Promise<void> {
  // Deleting inside list bi only removes lists after it in the walk, so bi stays meaningful.
  for (let bi = 0; bi < blocks(ctx.best).length && !ctx.spent(); bi++) {
    const len = (): number => blocks(ctx.best)[bi]?.length ?? 0;
    for (let size = Math.max(1, len() >> 1); size >= 1 && !ctx.spent(); size = size === 1 ? 0 : size >> 1) {
      for (let at = len() - size; at >= 0 && !ctx.spent(); at -= size) {
        // Statements before `at` are untouched whether or not this succeeds: walk on towards the front.
        const from = at, n = size;
        await ctx.attempt((c) => {
          const b = blocks(c)[bi];
          if (!b || from + n > b.length) return false;
          b.splice(from, n);
          return true;
        });
      }
    }
  }
}

/** Delete runs of statements from every statement list. */
export const deletePass: Pass = { name: 'delete', run: deleteRuns };

// -- Flattening -------------------------------------------------------------------------------
function flattenSites(c: Chunk): (() => void)[] {
  const out: (() => void)[] = [];
  for (const { block, index, stmt } of statements(c)) {
    if (stmt.type === 'DoStatement') {
      out.push(() => { block.splice(index, 1, ...stmt.body); });
    } else if (stmt.type === 'IfStatement') {
      stmt.clauses.forEach((cl) => out.push(() => { block.splice(index, 1, ...cl.body); }));
      if (stmt.clauses.length > 1) {
        stmt.clauses.forEach((_, i) => {
          if (i === 0 && stmt.clauses[1]!.type === 'ElseClause') return; // "if else" is not Lua
          out.push(() => {
            stmt.clauses.splice(i, 1);
            const first = stmt.clauses[0]!;
            if (first.type === 'ElseifClause') (first as { type: string }).type = 'IfClause';
          });
        });
      }
    }
  }
  return out;
}

/** Replace `if`/`do` statements by a body; drop `else`/`elseif` clauses. */
export const unwrapPass: Pass = { name: 'unwrap', run: (ctx) => eachEdit(ctx, flattenSites) };
