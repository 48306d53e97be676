// Reduction of the program's jit.opt first line: drop each -O parameter, and bring hotloop (hotexit)
// down to the smallest value that still triggers, so that loops need the fewest iterations. Those two
// are never dropped: their defaults (56, 10) are larger values, not fewer parameters.
import { MIN_PARAM_VALUE, PREFER_SMALL_PARAMS, numericParam } from '../luajit/jitOpt.js';
import type { Pass, PassContext } from './pass.js';

const preferSmall = (p: string): boolean => (PREFER_SMALL_PARAMS as readonly string[]).includes(numericParam(p)?.[0] ?? '');

async function run(ctx: PassContext): Promise<void> {
  for (let i = (ctx.jitOpt?.length ?? 0) - 1; i >= 0 && !ctx.spent(); i--) {
    const params = ctx.jitOpt!;
    if (i >= params.length || preferSmall(params[i]!)) continue;
    await ctx.attemptJitOpt(params.filter((_, j) => j !== i));
  }
  for (let i = 0; i < (ctx.jitOpt?.length ?? 0) && !ctx.spent(); i++) {
    const p = numericParam(ctx.jitOpt![i]!);
    if (!p || !preferSmall(ctx.jitOpt![i]!) || p[1] <= MIN_PARAM_VALUE) continue;
    // Binary search for the smallest value in [MIN_PARAM_VALUE, current] that still triggers.
    let lo = MIN_PARAM_VALUE, hi = p[1];
    while (lo < hi && !ctx.spent()) {
      const mid = Math.floor((lo + hi) / 2);
      const next = [...ctx.jitOpt!];
      next[i] = `${p[0]}=${mid}`;
      if (await ctx.attemptJitOpt(next)) hi = mid; else lo = mid + 1;
    }
  }
}

/** Fewer jit.opt parameters, smaller hotloop/hotexit. */
export const jitOptPass: Pass = { name: 'jit.opt', run };
