// Test-only VM module for the interp oracle (oracles/worker.ts loads it by path): our VM with the
// planted bugs (jit/vm/fault.ts) named in TRACEFUZZ_PLANTED, e.g. "all" or "POW_EXP_LOG,ABS_INT32".
// Only this module reads that variable; luats and the ordinary interp oracle never plant anything.
import { fileURLToPath } from 'node:url';
import { runSource as runExact, type RunOptions, type RunResult } from '../../jit/index.js';
import { parseFaults } from '../../jit/vm/fault.js';

/** The environment variable naming the faults to plant. */
export const PLANTED_ENV = 'TRACEFUZZ_PLANTED';

/** Path of this module's compiled file: what InterpOptions.vmModule takes. */
export const PLANTED_VM_MODULE = fileURLToPath(import.meta.url);

/** Read once when the module loads: a pool child is forked with the variable already set. */
const faults = parseFaults(process.env[PLANTED_ENV] ?? '');

/** runSource of jit/index.ts with the planted faults switched on. */
export function runSource(source: string | Uint8Array, opts: RunOptions = {}): RunResult {
  return runExact(source, { ...opts, faults });
}
