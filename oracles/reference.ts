// Base of the oracles that run an installed reference interpreter: persistent driver or spawn-per-program.
import { execa } from 'execa';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Oracle, OracleOptions } from './oracle.js';
import { makeResult, PROGRAM_CHUNK, type OracleResult } from './result.js';
import { DriverProcess, MAX_OUTPUT } from './driver.js';

/** 'persistent': one long-lived process per concurrent job fed over stdin; 'spawn': one process per program. */
export type ReferenceMode = 'persistent' | 'spawn';

export interface ReferenceConfig {
  name: string;
  binary: string;
  /** Arguments before the script, e.g. ["-joff"] or ["-Ohotloop=1"]. */
  args: string[];
  mode: ReferenceMode;
  /** Printed when the binary is missing: how to install it. */
  installHint: string;
  /** jit.opt.start arguments that give every JIT flag and param its default (the driver applies them,
   *  then `args`' -O arguments again, before each program); empty for an interpreter without a JIT. */
  jitReset?: string[];
}

/** Runs programs on a reference interpreter and normalises its results. */
export class ReferenceOracle implements Oracle {
  readonly name: string;
  private idle: DriverProcess[] = [];
  /** Persistent mode: programs the driver handed to a fresh process (os.exit, a hook left installed, the
   *  driver's own death), and why the last one was. Tests check these are exactly the expected ones. */
  readonly fallbacks = { count: 0, last: '' };
  /** Persistent mode: driver processes started so far (the first, then one per retirement or death). */
  driversStarted = 0;

  constructor(protected readonly cfg: ReferenceConfig) { this.name = cfg.name; }

  command(file: string): string {
    return [this.cfg.binary, ...this.cfg.args, file].join(' ');
  }

  async probe(): Promise<string | null> {
    try {
      await execa(this.cfg.binary, ['-e', 'io.write("")'], { timeout: 10_000 });
      return null;
    } catch {
      return `oracle ${this.name} disabled: '${this.cfg.binary}' not found or not runnable; ${this.cfg.installHint}`;
    }
  }

  async run(source: string, opts: OracleOptions): Promise<OracleResult> {
    return this.cfg.mode === 'persistent' ? this.runPersistent(source, opts) : this.runSpawn(source, opts);
  }

  /**
   * Run the program in a process of its own, whatever the mode: `binary args prog.lua` in a fresh
   * directory. For confirming a finding that may depend on state LuaJIT keeps across programs and no
   * Lua code can reset (the trace-abort penalty PRNG, machine-code addresses).
   */
  async runFresh(source: string, opts: OracleOptions): Promise<OracleResult> {
    return this.runSpawn(source, opts);
  }

  async close(): Promise<void> {
    for (const d of this.idle) d.kill();
    this.idle = [];
  }

  // -- Persistent driver ---------------------------------------------------
  private async runPersistent(source: string, opts: OracleOptions): Promise<OracleResult> {
    let d = this.idle.pop();
    while (d?.dead) d = this.idle.pop();
    if (!d) {
      d = new DriverProcess(this.cfg.binary, this.cfg.args, (this.cfg.jitReset ?? []).join(','));
      this.driversStarted++;
    }
    const t0 = performance.now();
    const r = await d.run(source, opts.timeoutMs);
    const ms = performance.now() - t0;
    if (!d.dead) this.idle.push(d);
    if (r.status === 'fresh') {
      this.fallbacks.count++;
      this.fallbacks.last = r.exit !== undefined ? `driver ended (${r.exit}) ${r.stderr}`.trim() : r.stderr || 'driver asked';
      return this.runSpawn(source, opts);
    }
    // As runSpawn: an error's message is read from what the process wrote to stderr.
    const error = r.status === 'ok' ? undefined : r.status === 'error' ? uncaughtMessage(r.stderr) : r.stderr;
    return makeResult(this.name, r.status, r.stdout, error, ms, r.exit);
  }

  // -- Spawn per program ---------------------------------------------------
  private async runSpawn(source: string, opts: OracleOptions): Promise<OracleResult> {
    const dir = mkdtempSync(join(tmpdir(), 'tracefuzz-'));
    try {
      writeFileSync(join(dir, PROGRAM_CHUNK), Buffer.from(source, 'latin1'));
      const t0 = performance.now();
      const r = await execa(this.cfg.binary, [...this.cfg.args, PROGRAM_CHUNK], {
        cwd: dir, reject: false, timeout: opts.timeoutMs, encoding: 'latin1', stdin: 'ignore', stripFinalNewline: false,
        maxBuffer: MAX_OUTPUT,
      });
      const ms = performance.now() - t0;
      const stdout = String(r.stdout ?? '');
      if (r.isMaxBuffer) return makeResult(this.name, 'timeout', stdout, `output over ${MAX_OUTPUT} bytes`, ms);
      if (r.timedOut) return makeResult(this.name, 'timeout', stdout, `timeout after ${opts.timeoutMs} ms`, ms);
      if (r.signal) return makeResult(this.name, 'crash', stdout, `killed by ${r.signal}`, ms, r.signal);
      if (r.exitCode === 0) return makeResult(this.name, 'ok', stdout, undefined, ms, 0);
      return makeResult(this.name, 'error', stdout, uncaughtMessage(String(r.stderr ?? '')), ms, r.exitCode);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

/** The error message of lua.c/luajit.c's stderr: "<progname>: <msg>\nstack traceback:..." -> "<msg>". */
export function uncaughtMessage(stderr: string): string {
  const m = /^[^:\n]+: ([\s\S]*?)(?:\nstack traceback:[\s\S]*)?\n?$/.exec(stderr);
  return m ? m[1]! : stderr.trim();
}
