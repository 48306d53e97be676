// Reproduction of a LuaJIT finding on stock luajit with no harness, and the -O bisection LuaJIT's
// maintainers ask for: `luajit prog.lua` vs `luajit -joff prog.lua` in fresh processes, then
// `luajit -O-<flag> prog.lua` for each optimisation flag, recording which one makes the divergence go.
import { execa } from 'execa';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeResult, PROGRAM_CHUNK, type OracleStatus } from '../../oracles/result.js';
import { uncaughtMessage } from '../../oracles/reference.js';
import { MAX_OUTPUT } from '../../oracles/driver.js';

/** LuaJIT's optimisation flags (lj_jit.h JIT_F_OPTSTRING), in its order. */
export const LUAJIT_OPT_FLAGS = ['fold', 'cse', 'dce', 'narrow', 'loop', 'fwd', 'dse', 'abc', 'sink', 'fuse'] as const;
export const DEFAULT_STOCK_TIMEOUT_MS = 10_000;

/** One run of the stock binary on the program file. */
export interface StockRun {
  /** Arguments before the file, e.g. ["-joff"] or ["-O-fold"]. */
  args: string[];
  status: OracleStatus;
  /** Standard output, normalised as the oracles do (addresses hidden). */
  stdout: string;
  /** The uncaught error message (chunk name stripped), or the timeout / signal text. */
  error?: string;
  ms: number;
}

/** Whether turning one flag off makes the JIT agree with -joff. */
export interface FlagOutcome { flag: string; fixes: boolean; run: StockRun }

export interface StockCheck {
  /** The command and its version line ("LuaJIT 2.1.0-beta3 ..."). */
  binary: string;
  version: string;
  /** `luajit prog.lua` and `luajit -joff prog.lua` differ in stdout, status or error message. */
  reproduces: boolean;
  /** A second JIT-on run gave the same result as the first (a flaky finding is hard to report). */
  stable: boolean;
  jit: StockRun;
  joff: StockRun;
  /** The first difference, one line (empty when they agree). */
  difference: string;
  /** One entry per flag, in LUAJIT_OPT_FLAGS order (empty when it does not reproduce). */
  bisection: FlagOutcome[];
  /** Flags whose `-O-flag` alone makes the divergence disappear. */
  culprits: string[];
}

export interface StockOptions {
  /** The luajit command (default: $TRACEFUZZ_LUAJIT or "luajit"). */
  binary?: string;
  timeoutMs?: number;
  flags?: readonly string[];
}

/** Run the checks; never rejects for problems of the program (a missing binary does reject). */
export async function checkStock(source: string, o: StockOptions = {}): Promise<StockCheck> {
  const binary = o.binary ?? process.env.TRACEFUZZ_LUAJIT ?? 'luajit';
  const timeoutMs = o.timeoutMs ?? DEFAULT_STOCK_TIMEOUT_MS;
  const dir = mkdtempSync(join(tmpdir(), 'tracefuzz-stock-'));
  try {
    writeFileSync(join(dir, PROGRAM_CHUNK), Buffer.from(source, 'latin1'));
    const run = (args: string[]): Promise<StockRun> => runStock(binary, args, dir, timeoutMs);
    // "LuaJIT 2.1.0-beta3 -- Copyright ..." -> "LuaJIT 2.1.0-beta3"
    const version = (await execa(binary, ['-v'], { reject: false, timeout: timeoutMs })).stdout.split(' -- ')[0]!.trim();
    const joff = await run(['-joff']);
    const jit = await run([]);
    const again = await run([]);
    const reproduces = key(jit) !== key(joff);
    const bisection: FlagOutcome[] = [];
    if (reproduces) {
      for (const flag of o.flags ?? LUAJIT_OPT_FLAGS) {
        const r = await run([`-O-${flag}`]);
        bisection.push({ flag, fixes: key(r) === key(joff), run: r });
      }
    }
    return {
      binary, version, reproduces, stable: key(again) === key(jit), jit, joff,
      difference: reproduces ? firstDifference(joff, jit) : '', bisection,
      culprits: bisection.filter((b) => b.fixes).map((b) => b.flag),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runStock(binary: string, args: string[], cwd: string, timeoutMs: number): Promise<StockRun> {
  const t0 = performance.now();
  const r = await execa(binary, [...args, PROGRAM_CHUNK], {
    cwd, reject: false, timeout: timeoutMs, encoding: 'latin1', stdin: 'ignore', stripFinalNewline: false,
    maxBuffer: MAX_OUTPUT,
  });
  const ms = performance.now() - t0;
  const stdout = String(r.stdout ?? '');
  let status: OracleStatus, error: string | undefined;
  if (r.isMaxBuffer) { status = 'timeout'; error = `output over ${MAX_OUTPUT} bytes`; }
  else if (r.timedOut) { status = 'timeout'; error = `timeout after ${timeoutMs} ms`; }
  else if (r.signal) { status = 'crash'; error = `killed by ${r.signal}`; }
  else if (r.exitCode === 0) status = 'ok';
  else { status = 'error'; error = uncaughtMessage(String(r.stderr ?? '')); }
  const n = makeResult(binary, status, stdout, error, ms);
  return { args, status, stdout: n.stdout, ...(n.error !== undefined ? { error: n.error } : {}), ms };
}

function key(r: StockRun): string { return `${r.status}\u0000${r.error ?? ''}\u0000${r.stdout}`; }

/** "line 3: -joff `nan`, JIT `1`", or the statuses / error messages when the output agrees. */
function firstDifference(joff: StockRun, jit: StockRun): string {
  const a = joff.stdout.split('\n'), b = jit.stdout.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `stdout line ${i + 1}: -joff \`${a[i] ?? '<end>'}\`, JIT \`${b[i] ?? '<end>'}\``;
  }
  if (joff.status !== jit.status) return `status: -joff ${joff.status}, JIT ${jit.status}${jit.error ? ` (${jit.error})` : ''}`;
  return `error: -joff \`${joff.error ?? ''}\`, JIT \`${jit.error ?? ''}\``;
}

/** The check as a few Markdown lines for a finding's page. */
export function formatStock(c: StockCheck): string[] {
  const lines = [`Stock ${c.version || c.binary}: \`${c.binary} prog.lua\` vs \`${c.binary} -joff prog.lua\`: ` +
    (c.reproduces ? `differ${c.stable ? '' : ' (the JIT result varies between runs)'}` : 'agree (does not reproduce)')];
  if (!c.reproduces) return lines;
  lines.push(`First difference: ${c.difference}`);
  lines.push('-O bisection: ' + c.bisection.map((b) => `-O-${b.flag} ${b.fixes ? 'passes' : 'fails'}`).join(', '));
  lines.push(c.culprits.length ? `Passes with: ${c.culprits.map((f) => `-O-${f}`).join(', ')}`
    : 'No single -O-flag makes it pass.');
  return lines;
}
