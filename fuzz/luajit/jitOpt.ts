// The -O parameters of a LuaJIT finding written into the program itself, as its first line
// `if jit then jit.opt.start("hotloop=1") end`, so `luajit FILE` vs `luajit -joff FILE` reproduces it
// with no harness (lua5.1 has no `jit` and skips the line; -joff and our VM accept and ignore it).

/** JIT parameters whose smaller values make traces start sooner (fewer loop iterations needed). */
export const PREFER_SMALL_PARAMS = ['hotloop', 'hotexit'] as const;
/** The smallest useful value of those (hotloop=0 would make the hot counter wrap: never hot). */
export const MIN_PARAM_VALUE = 1;

// Comment lines before it (a finding's `-- tracefuzz` header) stay where they are.
const LINE = /^((?:--[^\n]*\n)*)if jit then jit\.opt\.start\(((?:"[^"\\\n]*"(?:, )?)*)\) end\n/;
// -O arguments are flags (+fold, -cse, nodce), levels (0..3) or name=value: never quotes or backslashes.
const SAFE_ARG = /^[\w+\-=.]+$/;

/** The first line that sets `params` (e.g. ["hotloop=1", "-fold"]). */
export function jitOptLine(params: readonly string[]): string {
  for (const p of params) if (!SAFE_ARG.test(p)) throw new Error(`not a LuaJIT -O argument: '${p}'`);
  return `if jit then jit.opt.start(${params.map((p) => `"${p}"`).join(', ')}) end\n`;
}

/** Split a program into its leading comment lines, its jit.opt parameters (null: no such line
 *  first after the comments) and the rest of the text. */
export function splitJitOpt(source: string): { params: string[] | null; body: string; head: string } {
  const m = LINE.exec(source);
  if (!m) return { params: null, body: source, head: '' };
  const params = [...m[2]!.matchAll(/"([^"]*)"/g)].map((x) => x[1]!);
  return { params, body: source.slice(m[0].length), head: m[1]! };
}

/** The program with its first line setting `params` (replacing a line already there); without
 *  such a line when `params` is empty or null. */
export function withJitOpt(source: string, params: readonly string[] | null): string {
  const { body, head } = splitJitOpt(source);
  return head + (params && params.length ? jitOptLine(params) : '') + body;
}

/** "hotloop=7" -> ["hotloop", 7]; null for flags and levels. */
export function numericParam(p: string): [string, number] | null {
  const m = /^(\w+)=(\d+)$/.exec(p);
  return m ? [m[1]!, Number(m[2])] : null;
}
