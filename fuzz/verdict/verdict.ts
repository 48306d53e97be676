// Three-way verdicts: who is wrong in a divergence — our VM, LuaJIT's JIT, or a reference
// interpreter — after the reviewed list of known reference differences (known.ts) is applied.
import type { OracleResult } from '../../oracles/result.js';
import type { Divergence } from '../compare.js';
import type { Diagnosis } from '../signature.js';
import { knownDifference, type KnownDifference } from './known.js';

/**
 * - `vm`: our VM is wrong (it disagrees with the reference interpreter, luajit -joff).
 * - `luajit-jit`: LuaJIT's JIT is wrong (luajit disagrees with luajit -joff, which our VM sides with).
 * - `luajit-interp`: luajit -joff is wrong, by a known difference.
 * - `lua51`: PUC Lua 5.1 differs alone (LuaJIT's behaviour is the one this project follows).
 * - `allowed`: a known difference where Lua allows either answer.
 * - `generator`: the program itself is at fault (it times out everywhere; see the campaign).
 */
export type Verdict = 'vm' | 'luajit-jit' | 'luajit-interp' | 'lua51' | 'allowed' | 'generator';

export interface Judgement {
  verdict: Verdict;
  /** The known difference that decided it, if one did. */
  known?: KnownDifference;
}

/** Decide who is wrong. */
export function judge(d: Divergence, diag: Diagnosis, results: OracleResult[]): Judgement {
  const known = knownDifference({ d, diag, results });
  if (known) {
    const verdict: Verdict = known.wrong === 'luajit-joff' ? 'luajit-interp' : known.wrong === 'luajit' ? 'luajit-jit'
      : known.wrong === 'lua51' ? 'lua51' : 'allowed';
    return { verdict, known };
  }
  return { verdict: byGroups(d.groups) };
}

/** The verdict the oracle groups alone give. */
export function byGroups(groups: string[][]): Verdict {
  const groupOf = (name: string): string[] | undefined => groups.find((g) => g.includes(name));
  const interp = groupOf('interp'), joff = groupOf('luajit-joff'), jit = groupOf('luajit'), lua51 = groupOf('lua51');
  // Our VM against the reference interpreter: ours is wrong.
  if (interp && joff && interp !== joff) return 'vm';
  // Our VM agrees with the reference interpreter (or is not running): a disagreement of the JIT.
  if (jit && joff && jit !== joff) return 'luajit-jit';
  if (lua51 && lua51.length === 1 && groups.length === 2) return 'lua51';
  // Otherwise (no luajit -joff to side with): our VM is taken to be wrong.
  return 'vm';
}
