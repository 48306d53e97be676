// Public API of the VM used by bin/, oracles/, bench/ and tests. (luajit.c + lua_* entry points)
// Lua strings are byte strings: in TypeScript they are "binary" JS strings (one char per byte, 0..255).

export type { Proto } from './bytecode/proto.js';

export interface RunOptions {
  /** Chunk name as Lua sees it: "@t.lua" for a file (messages say "t.lua:1:"), "=stdin", or a source string. Default "=stdin". */
  chunkname?: string;
  /** Script name and arguments for the global `arg` table (arg[0] = script, arg[1..] = args, arg[-1..] = interpreter). */
  script?: string;
  args?: string[];
  /** Receives output as byte strings as it is produced; when absent, output is collected into RunResult.stdout. */
  write?: (bytes: string) => void;
  /** Stop with status 'timeout' after this many bytecodes (default: unlimited). */
  maxInstructions?: number;
  /** Output collected at most (bytes; default DEFAULT_MAX_OUTPUT, 64 MB) when `write` is not given:
   *  past it the run ends with status 'timeout'. */
  maxOutput?: number;
  /** Heap limit in bytes; exhausting it raises the Lua error "not enough memory". */
  heapLimit?: number;
  /** luajit -E: the libraries ignore the environment (LUA_PATH, LUA_CPATH), through registry.LUA_NOENV. */
  noEnv?: boolean;
  /**
   * JIT settings as luats takes them: -jon/-joff, the -O arguments in order, and the other -j
   * commands (flush, v[=file], dump[=opts[,file]]). The trace recorder is not built yet: hot
   * counters tick and -jv/-jdump report each hot event as a trace that aborts for that reason.
   */
  jit?: { on?: boolean; opt?: string[]; cmds?: string[] };
  /**
   * TEST-ONLY: planted bugs to switch on (jit/vm/fault.ts Fault bits). Only tests and the planted
   * oracle module (test/fuzz/planted-vm.ts) set it; luats has no flag or variable that reaches it.
   */
  faults?: number;
}

export type RunStatus = 'ok' | 'error' | 'timeout';

export interface RunResult {
  status: RunStatus;
  /** Everything written by print/io.write (byte string), unless opts.write was given. */
  stdout: string;
  /** For status 'error': the message exactly as luajit prints it after "luajit: " (e.g. "t.lua:1: boom"). */
  error?: string;
  /** For status 'error': "stack traceback:\n\t..." as far as we can give it. */
  traceback?: string;
  /** Bytecodes executed (the instruction clock). */
  instructions: number;
  /** Set when the program called os.exit: the status it asked for. */
  exitCode?: number;
  /** Bytes of memory the VM's heap touched: its high-water mark. */
  heapTouched: number;
}

export { runSource, compileSource, listSource } from './vm/run.js';
