// Our VM as an oracle: `interp` (JIT off), run in a pool of child processes (pool.ts, worker.ts).
import type { Oracle, OracleOptions } from './oracle.js';
import { DEFAULT_MAX_INSTRUCTIONS } from './oracle.js';
import { makeResult, PROGRAM_CHUNK, type OracleResult } from './result.js';
import { ChildPool } from './pool.js';

const PROBE_TIMEOUT_MS = 20_000;

export interface InterpOptions {
  /** Number of children (concurrent programs). */
  jobs: number;
  /** Module exporting runSource instead of our VM (tests use this to plant crashes). */
  vmModule?: string;
  /** Oracle name; a JIT-on variant is added by a later issue under the name `jit`. */
  name?: string;
  jit?: { on?: boolean; opt?: string[] };
}

/** Runs programs on our VM in forked children; a dead or stuck child becomes a crash/timeout result. */
export class InterpOracle implements Oracle {
  readonly name: string;
  readonly pool: ChildPool;

  constructor(private readonly o: InterpOptions) {
    this.name = o.name ?? 'interp';
    this.pool = new ChildPool(Math.max(1, o.jobs), o.vmModule);
  }

  command(file: string): string { return `node dist/jit/cli.js -joff ${file}`; }

  /** Usable unless the VM is still a stub (jit/vm/run.ts throws "not built yet"). */
  async probe(): Promise<string | null> {
    const r = await this.run('io.write("")', { timeoutMs: PROBE_TIMEOUT_MS });
    if (r.status === 'crash' && /not built yet/.test(r.error ?? '')) {
      return `oracle ${this.name} disabled: our VM is not built yet (${r.error}); run \`npm run build\` once jit/vm lands`;
    }
    return null;
  }

  async run(source: string, opts: OracleOptions): Promise<OracleResult> {
    const r = await this.pool.run({
      source, chunkname: `@${PROGRAM_CHUNK}`, maxInstructions: opts.maxInstructions ?? DEFAULT_MAX_INSTRUCTIONS,
      jit: this.o.jit ?? { on: false },
    }, opts.timeoutMs);
    const res = makeResult(this.name, r.status, r.stdout, r.error, r.ms);
    if (r.instructions !== undefined) res.instructions = r.instructions;
    return res;
  }

  /**
   * The program as a fresh process would run it: the same as run(). Every pool worker builds a new VM per
   * program (runSource) in a private working directory emptied after each one, and the VM's module-level
   * state is invisible to programs (caches of parsed formats and patterns, scratch buffers, an address
   * map every closed VM gives back whole); test/oracles/isolation.test.ts checks the pool against
   * `node dist/jit/cli.js -joff prog.lua` after poison programs. Unlike the CLI, it keeps the
   * instruction budget and the crash text of the pool.
   */
  async runFresh(source: string, opts: OracleOptions): Promise<OracleResult> {
    return this.run(source, opts);
  }

  async close(): Promise<void> { await this.pool.close(); }
}
