// Run a chunk in a fresh VM state: the one entry point behind jit/index.ts.
import type { RunOptions, RunResult } from '../index.js';
import type { Proto } from '../bytecode/proto.js';

/** Compile and run `source` (a byte string or bytes) in a fresh VM. Never throws for Lua-level problems. */
export function runSource(source: string | Uint8Array, opts: RunOptions = {}): RunResult {
  void source; void opts;
  throw new Error('VM not built yet');
}

/** Compile to a Proto (throws LuaSyntaxError with a Lua-shaped message). */
export function compileSource(source: string | Uint8Array, chunkname = '=stdin'): Proto {
  void source; void chunkname;
  throw new Error('compiler not built yet');
}

/** The `-bl` listing of a chunk, byte-identical in shape to `luajit -bl`. */
export function listSource(source: string | Uint8Array, chunkname = '=stdin'): string {
  void source; void chunkname;
  throw new Error('compiler not built yet');
}
