// The one normalised record every oracle returns, and the normalisation of error texts and output.
/** How a program ended on one oracle. */
export type OracleStatus = 'ok' | 'error' | 'crash' | 'timeout';

/** One oracle's result for one program, after normalisation. */
export interface OracleResult {
  oracle: string;
  status: OracleStatus;
  /** Everything the program printed (byte string), normalised (see normaliseOutput). */
  stdout: string;
  /** For 'error': the message as luajit prints it after "luajit: ", chunk names and addresses stripped.
   *  For 'crash' / 'timeout': a short description (signal, exception text, budget). */
  error?: string;
  /** Wall time in milliseconds, as seen by the harness. */
  ms: number;
  /** Raw exit code or signal when the oracle ran as its own process (informational). */
  exit?: number | string;
  /** Bytecodes executed, when the oracle counts them (our VM): budgets for re-runs derive from it. */
  instructions?: number;
}

/** The chunk name every oracle gives the program, so positions inside messages compare equal. */
export const PROGRAM_CHUNK = 'prog.lua';

// A chunk name before ":<line>:" — `[string "..."]`, a file path ending in .lua, `stdin`,
// `(command line)` — becomes `?` so that `t.lua:3:` and `[string "x"]:3:` compare equal.
const CHUNK_POSITION = /(\[string "(?:[^"\\\n]|\\.)*"\]|[\w./\\-]*\.lua|stdin|\(command line\)):(\d+):/g;
// Object addresses as tostring prints them (LuaJIT: `table: 0x7f..`, PUC: `table: 0x55..`).
const ADDRESS = /\b(table|function|userdata|thread|cdata|proto|builtin)(: (?:builtin: )?)(0x)?[0-9a-fA-F]{4,16}\b/g;

/** Strip chunk names and addresses from an error message; positions (line numbers) stay. */
export function normaliseError(msg: string): string {
  return msg.replace(CHUNK_POSITION, '?:$2:').replace(ADDRESS, '$1$2ADDR').replace(/\s+$/, '');
}

/** Normalise program output: addresses hidden, the sign of NaN ignored (PUC prints `-nan`, LuaJIT `nan`). */
export function normaliseOutput(out: string): string {
  return out.replace(ADDRESS, '$1$2ADDR').replace(/-nan\b/g, 'nan');
}

/** Turn the error value text of an uncaught error into the normalised message; also used for repro output. */
export function makeResult(oracle: string, status: OracleStatus, stdout: string, error: string | undefined, ms: number,
                           exit?: number | string): OracleResult {
  const r: OracleResult = { oracle, status, stdout: normaliseOutput(stdout), ms };
  if (error !== undefined) r.error = status === 'error' ? normaliseError(error) : error;
  if (exit !== undefined) r.exit = exit;
  return r;
}
