// Builds oracles by name (--oracles) and drops the unavailable ones with one line each.
import type { Oracle } from './oracle.js';
import { InterpOracle } from './interp.js';
import { LuajitOracle } from './luajit.js';
import { Lua51Oracle } from './lua51.js';
import type { ReferenceMode } from './reference.js';

/** Every oracle name the harness knows. `jit` (our VM, JIT on) arrives with the JIT. */
export const ORACLE_NAMES = ['interp', 'luajit-joff', 'luajit', 'lua51'] as const;
export const DEFAULT_ORACLES = ['interp', 'luajit-joff', 'luajit'];

export interface OracleSetup {
  jobs: number;
  /** Reference processes: persistent driver (default) or one spawn per program. */
  mode?: ReferenceMode;
  /** -O arguments for the JIT-on oracles, e.g. ["hotloop=1"]. */
  luajitOpt?: string[];
  vmModule?: string;
}

/** Create one oracle by name; throws on an unknown name. */
export function createOracle(name: string, s: OracleSetup): Oracle {
  switch (name) {
    case 'interp': return new InterpOracle({ jobs: s.jobs, vmModule: s.vmModule });
    case 'luajit-joff': return new LuajitOracle(false, [], s.mode);
    case 'luajit': return new LuajitOracle(true, s.luajitOpt ?? [], s.mode);
    case 'lua51': return new Lua51Oracle(s.mode);
    default: throw new Error(`unknown oracle '${name}' (known: ${ORACLE_NAMES.join(', ')})`);
  }
}

/** Create and probe the named oracles; unavailable ones are reported through `say` and left out. */
export async function openOracles(names: string[], s: OracleSetup, say: (line: string) => void): Promise<Oracle[]> {
  const out: Oracle[] = [];
  for (const n of names) {
    const o = createOracle(n, s);
    const why = await o.probe();
    if (why) { say(`WARNING: ${why}`); await o.close(); } else out.push(o);
  }
  return out;
}
