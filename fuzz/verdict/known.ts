// Known differences of the references: places where luajit -joff, LuaJIT's JIT or PUC Lua 5.1 is
// not the truth, or where Lua allows more than one answer. Each entry matches a diagnosed
// divergence (signature.ts) and carries a program that shows it on the installed references
// (test/fuzz/known.test.ts runs them). From LUAJIT_FACTS.md's last section and the campaigns.
import type { Diagnosis } from '../signature.js';
import type { Divergence } from '../compare.js';
import type { OracleResult } from '../../oracles/result.js';

/** What a known difference is matched against. */
export interface DivergenceContext { d: Divergence; diag: Diagnosis; results: OracleResult[] }

/** Who is wrong in a known difference: a reference, or nobody (both answers are allowed). */
export type KnownWrong = 'luajit-joff' | 'luajit' | 'lua51' | 'nobody';

export interface KnownDifference {
  id: string;
  /** One line for reports. */
  title: string;
  /** Upstream issue or fix, when there is one. */
  upstream?: string;
  wrong: KnownWrong;
  /** Does this divergence show this known difference? */
  matches(c: DivergenceContext): boolean;
  /** A small program that shows it on the installed references (the test runs it). */
  example: string;
  /** The oracles the example diverges on, by group, as `compare` groups them. */
  exampleGroups: string[][];
}

/** The diverging operation is a call of one of these library functions. */
const calls = (diag: Diagnosis, ...names: string[]): boolean =>
  diag.site?.kind === 'call' && names.includes(diag.site.op);

/** The oracle `name` is alone in its group. */
const alone = (d: Divergence, name: string): boolean => d.groups.some((g) => g.length === 1 && g[0] === name);

/** The values at the diverging site are the two zeros. */
const zeros = (diag: Diagnosis): boolean =>
  diag.site !== undefined && diag.site.values.every((v) => v === '0' || v === '-0');

export const KNOWN_DIFFERENCES: readonly KnownDifference[] = [
  {
    id: 'joff-ceil-negative-zero',
    title: 'math.ceil of a negative fraction above -1 gives 0 under luajit -joff, -0 with the JIT and in PUC Lua',
    upstream: 'LuaJIT issue #859',
    wrong: 'luajit-joff',
    matches: ({ d, diag }) => calls(diag, 'math.ceil') && zeros(diag) && !alone(d, 'lua51'),
    example: 'local t = {}\nfor i = 1, 100 do t[i] = math.ceil(-0.9 + i * 0) end\nprint(string.format("%.17g", t[100]))\n',
    exampleGroups: [['luajit-joff'], ['luajit', 'lua51']],
  },
  {
    id: 'minmax-zero-sign',
    title: 'math.min/math.max of 0 and -0 may return either zero (LuaJIT and PUC Lua differ by design)',
    wrong: 'nobody',
    matches: ({ diag }) => calls(diag, 'math.min', 'math.max') && zeros(diag),
    example: 'local z = 0\nlocal nz = -z\nprint(string.format("%.17g", math.min(z, nz)), string.format("%.17g", math.max(nz, z)))\n',
    exampleGroups: [['luajit-joff', 'luajit'], ['lua51']],
  },
  {
    id: 'puc-minmax-nan',
    title: 'math.min/math.max with a NaN argument: PUC Lua compares with < and keeps the NaN, LuaJIT skips it',
    wrong: 'lua51',
    matches: ({ d, diag }) => calls(diag, 'math.min', 'math.max') && alone(d, 'lua51') &&
      (diag.site?.operandValues.includes('nan') ?? false),
    example: 'local nan = 0/0\nprint(math.min(nan, 1), math.max(1, nan))\n',
    exampleGroups: [['luajit-joff', 'luajit'], ['lua51']],
  },
  {
    id: 'joff-stack-overflow-position',
    title: 'a stack overflow under luajit -joff reports a bare "stack overflow"; with the JIT it carries a position',
    wrong: 'nobody',
    matches: ({ d, results }) => alone(d, 'luajit') && differsOnlyByPosition(d, results, 'stack overflow'),
    example: 'local function f(n) return 1 + f(n + 1) end\nfor i = 1, 3 do print(pcall(f, 1)) end\nf(1)\n',
    exampleGroups: [['luajit-joff'], ['luajit']],
  },
];

/** The first known difference this divergence shows, if any. */
export function knownDifference(c: DivergenceContext): KnownDifference | undefined {
  return KNOWN_DIFFERENCES.find((k) => k.matches(c));
}

/**
 * Every group's differing text (first differing output line, or error message) is `msg`, with or
 * without a "chunk:line:" position in front.
 */
function differsOnlyByPosition(d: Divergence, results: OracleResult[], msg: string): boolean {
  const texts = d.groups.map((g) => (d.kind === 'output' ? d.firstDiff.values[g[0]!]
    : results.find((r) => r.oracle === g[0])?.error) ?? '');
  const bare = (t: string): string => t.replace(/[^\s:]+:\d+: /g, '');
  return texts.every((t) => t.includes(msg)) && new Set(texts.map(bare)).size === 1;
}
