// JIT optimisation flags and parameters: one table, plus the -O / jit.opt.start parser. (lj_jit.h, lib_jit.c)
// Names, order and defaults are those of the installed reference (LuaJIT 2.1.0-beta3, x64: no `fma`,
// sizemcode 64, maxmcode 512), so `-O` strings and `jit.opt.start` arguments mean the same to both.

// -- The table --------------------------------------------------------------

/** One optimisation flag (`-O+fold`) or parameter (`-Ohotloop=1`). */
export interface JitOptDef {
  readonly kind: 'flag' | 'param';
  readonly name: string;
  /** Flags: the lowest -O level that turns the flag on. Params: the default value. */
  readonly default: number;
  readonly meaning: string;
}

/** Flags in LuaJIT's bit order (JIT_F_OPT_*), then params in JIT_PARAMDEF order. */
export const JIT_OPTS: readonly JitOptDef[] = [
  { kind: 'flag', name: 'fold', default: 1, meaning: 'Constant folding, algebraic simplifications and reassociation' },
  { kind: 'flag', name: 'cse', default: 1, meaning: 'Common-subexpression elimination' },
  { kind: 'flag', name: 'dce', default: 1, meaning: 'Dead-code elimination' },
  { kind: 'flag', name: 'fwd', default: 3, meaning: 'Load forwarding (L2L) and store forwarding (S2L)' },
  { kind: 'flag', name: 'dse', default: 3, meaning: 'Dead-store elimination' },
  { kind: 'flag', name: 'narrow', default: 2, meaning: 'Narrowing of numbers to integers' },
  { kind: 'flag', name: 'loop', default: 2, meaning: 'Loop optimizations (code hoisting)' },
  { kind: 'flag', name: 'abc', default: 3, meaning: 'Array bounds check elimination' },
  { kind: 'flag', name: 'sink', default: 3, meaning: 'Allocation/store sinking' },
  { kind: 'flag', name: 'fuse', default: 3, meaning: 'Fusion of operands into instructions' },
  { kind: 'param', name: 'maxtrace', default: 1000, meaning: 'Max. number of traces in the cache' },
  { kind: 'param', name: 'maxrecord', default: 4000, meaning: 'Max. number of recorded IR instructions' },
  { kind: 'param', name: 'maxirconst', default: 500, meaning: 'Max. number of IR constants of a trace' },
  { kind: 'param', name: 'maxside', default: 100, meaning: 'Max. number of side traces of a root trace' },
  { kind: 'param', name: 'maxsnap', default: 500, meaning: 'Max. number of snapshots for a trace' },
  { kind: 'param', name: 'minstitch', default: 0, meaning: 'Min. number of IR ins for a stitched trace' },
  { kind: 'param', name: 'hotloop', default: 56, meaning: 'Number of iterations to detect a hot loop or hot call' },
  { kind: 'param', name: 'hotexit', default: 10, meaning: 'Number of taken exits to start a side trace' },
  { kind: 'param', name: 'tryside', default: 4, meaning: 'Number of attempts to compile a side trace' },
  { kind: 'param', name: 'instunroll', default: 4, meaning: 'Max. unroll factor for instable loops' },
  { kind: 'param', name: 'loopunroll', default: 15, meaning: 'Max. unroll factor for loop ops in side traces' },
  { kind: 'param', name: 'callunroll', default: 3, meaning: 'Max. unroll factor for pseudo-recursive calls' },
  { kind: 'param', name: 'recunroll', default: 2, meaning: 'Min. unroll factor for true recursion' },
  { kind: 'param', name: 'sizemcode', default: 64, meaning: 'Size of each machine code area in KBytes' },
  { kind: 'param', name: 'maxmcode', default: 512, meaning: 'Max. total size of all machine code areas in KBytes' },
];

/** The -O level a bare `-O` / `jit.opt.start()` restores (JIT_F_OPT_DEFAULT). */
export const OPT_LEVEL_DEFAULT = 3;

export const JIT_FLAGS: readonly JitOptDef[] = JIT_OPTS.filter((d) => d.kind === 'flag');
export const JIT_PARAMS: readonly JitOptDef[] = JIT_OPTS.filter((d) => d.kind === 'param');

// -- State ------------------------------------------------------------------

/** The optimisation state a VM holds: which flags are on and every param's value. */
export interface JitOptState {
  flags: Record<string, boolean>;
  params: Record<string, number>;
}

function flagsAtLevel(level: number): Record<string, boolean> {
  const flags: Record<string, boolean> = {};
  for (const d of JIT_FLAGS) flags[d.name] = level >= d.default;
  return flags;
}

/** Fresh state with the reference's defaults (level 3, default params). */
export function defaultOptState(): JitOptState {
  const params: Record<string, number> = {};
  for (const d of JIT_PARAMS) params[d.name] = d.default;
  return { flags: flagsAtLevel(OPT_LEVEL_DEFAULT), params };
}

// -- Parsing (jit.opt.start semantics) --------------------------------------

const CH_0 = 48;
const CH_9 = 57;

function isDigit(c: number): boolean {
  return c >= CH_0 && c <= CH_9;
}

/** The error message for an argument nothing matched (LJ_ERR_JITOPT). */
export function optErrorMessage(arg: string): string {
  return `unknown or malformed optimization flag '${arg}'`;
}

/**
 * Apply one jit.opt.start argument to `state`, as the reference does: a single digit is a level
 * (digits above 3 mean 3), `+flag` / `-flag` / `noflag` / `no-flag` / `flag` set or clear a flag,
 * `param=digits` sets a param (empty digits mean 0; the value wraps like a C int32).
 * Returns false when nothing matches; the state is then unchanged.
 */
export function applyOpt(state: JitOptState, arg: string): boolean {
  // Level: exactly one digit.
  if (arg.length === 1 && isDigit(arg.charCodeAt(0))) {
    state.flags = flagsAtLevel(Math.min(arg.charCodeAt(0) - CH_0, OPT_LEVEL_DEFAULT));
    return true;
  }
  // Flag, with an optional sign or "no" prefix.
  let name = arg;
  let set = true;
  if (name.startsWith('+')) name = name.slice(1);
  else if (name.startsWith('-')) { name = name.slice(1); set = false; }
  else if (name.startsWith('no')) { name = name.slice(name[2] === '-' ? 3 : 2); set = false; }
  if (JIT_FLAGS.some((d) => d.name === name)) {
    state.flags[name] = set;
    return true;
  }
  // Param: name=digits, nothing after the digits.
  const eq = arg.indexOf('=');
  if (eq < 0) return false;
  const pname = arg.slice(0, eq);
  if (!JIT_PARAMS.some((d) => d.name === pname)) return false;
  let n = 0;
  for (let i = eq + 1; i < arg.length; i++) {
    const c = arg.charCodeAt(i);
    if (!isDigit(c)) return false;
    n = (Math.imul(n, 10) + (c - CH_0)) | 0;
  }
  state.params[pname] = n;
  return true;
}

/**
 * Split a command-line option text at commas, as luajit.c does before calling a jit function:
 * an empty piece becomes `undefined` (Lua's nil); an empty text gives no arguments at all.
 */
export function splitCmdArgs(text: string): (string | undefined)[] {
  if (text === '') return [];
  return text.split(',').map((s) => (s === '' ? undefined : s));
}

/**
 * Check the arguments of one `-O...` option against a scratch state, applying them in order.
 * Returns the Lua error text for the first bad argument, or undefined when all are accepted.
 */
export function checkOptArgs(state: JitOptState, args: readonly (string | undefined)[]): string | undefined {
  if (args.length === 0) {
    state.flags = flagsAtLevel(OPT_LEVEL_DEFAULT);
    return undefined;
  }
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    // jit.opt.start is called through lua_pcall from C, so the reference names it '?'.
    if (a === undefined) return `bad argument #${i + 1} to '?' (string expected, got nil)`;
    if (!applyOpt(state, a)) return optErrorMessage(a);
  }
  return undefined;
}
