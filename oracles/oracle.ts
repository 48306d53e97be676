// The oracle interface, the options every oracle takes, and the registry that builds oracles by name.
import type { OracleResult } from './result.js';

/** Options common to every oracle run. */
export interface OracleOptions {
  /** Wall-clock budget per program in milliseconds; past it the program is 'timeout'. */
  timeoutMs: number;
  /** Bytecode budget for our VM (its own, deterministic timeout). */
  maxInstructions?: number;
}

/**
 * Wall-clock budget per program. Generous on purpose: our interpreter runs heavy generated programs
 * 20-40x slower than luajit -joff (a 55M-bytecode program takes ~7 s), and a timeout finding should
 * mean a hang, not a slow VM. The instruction budget (DEFAULT_MAX_INSTRUCTIONS) still stops real loops.
 */
export const DEFAULT_TIMEOUT_MS = 30000;
export const DEFAULT_MAX_INSTRUCTIONS = 200_000_000;

/** An executor of Lua programs that returns normalised results. Implementations: InterpOracle,
 *  LuajitOracle (luajit and luajit-joff), Lua51Oracle. */
export interface Oracle {
  /** Stable name used in signatures, reports and --oracles (e.g. "luajit-joff"). */
  readonly name: string;
  /** The command a person runs to reproduce a program file on this oracle ("luajit -joff FILE"). */
  command(file: string): string;
  /** Resolve to null when usable, or to one line saying why not and how to fix it. */
  probe(): Promise<string | null>;
  /** Run one program (a byte string). Never rejects for problems of the program itself. */
  run(source: string, opts: OracleOptions): Promise<OracleResult>;
  /** Run one program as a new process of this oracle would, whatever state earlier programs left
   *  (persistent reference drivers keep some that Lua cannot reset): the isolation tests compare
   *  against it. */
  runFresh?(source: string, opts: OracleOptions): Promise<OracleResult>;
  /** Stop worker processes. */
  close(): Promise<void>;
}
