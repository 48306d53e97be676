// Isolation: after any poison program, the persistent reference driver and the VM pool give every probe
// program exactly what a fresh process gives (luajit -joff, luajit -Ohotloop=1, lua5.1, our VM).
import test, { type ExecutionContext } from 'ava';
import { execa } from 'execa';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LuajitOracle } from '../../oracles/luajit.js';
import { Lua51Oracle } from '../../oracles/lua51.js';
import { InterpOracle } from '../../oracles/interp.js';
import { ReferenceOracle, uncaughtMessage } from '../../oracles/reference.js';
import { makeResult, PROGRAM_CHUNK, type OracleResult } from '../../oracles/result.js';
import type { Oracle } from '../../oracles/oracle.js';
import { KNOWN_DIFFERENCES, MAY_FALL_BACK, MAY_RETIRE, POISONS, PROBES, VM_POISONS, VM_PROBES } from './isolation-programs.js';

const RUN = { timeoutMs: 10_000 };
const CLI = resolve(dirname(fileURLToPath(import.meta.url)), '../../jit/cli.js');

/** What the harness compares (fuzz/compare.ts): status, output, and the error message, none = ''. */
interface Outcome { status: OracleResult['status']; stdout: string; error: string }
const outcome = (r: OracleResult): Outcome => ({ status: r.status, stdout: r.stdout, error: r.error ?? '' });

/** Our VM as a fresh process: `node dist/jit/cli.js -joff prog.lua` in a directory of its own. */
async function freshVm(source: string): Promise<OracleResult> {
  const dir = mkdtempSync(join(tmpdir(), 'tracefuzz-vm-'));
  try {
    writeFileSync(join(dir, PROGRAM_CHUNK), Buffer.from(source, 'latin1'));
    const r = await execa(process.execPath, [CLI, '-joff', PROGRAM_CHUNK], {
      cwd: dir, reject: false, timeout: RUN.timeoutMs, encoding: 'latin1', stdin: 'ignore', stripFinalNewline: false,
    });
    const stdout = String(r.stdout ?? '');
    if (r.exitCode === 0) return makeResult('vm', 'ok', stdout, undefined, 0);
    return makeResult('vm', 'error', stdout, uncaughtMessage(String(r.stderr ?? '')), 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Run every poison on `persistent`, each followed by every probe; each result must equal the fresh
 * result of the same program. Fresh results of probes do not depend on history: computed once.
 */
async function checkIsolation(t: ExecutionContext, persistent: Oracle, fresh: (src: string) => Promise<OracleResult>,
                              poisons: readonly (readonly [string, string])[],
                              probes: readonly (readonly [string, string])[]): Promise<void> {
  const freshProbe = new Map<string, Outcome>();
  for (const [name, src] of probes) freshProbe.set(name, outcome(await fresh(src)));
  const failures: string[] = [];
  // A driver that dies or gives up is answered by a fresh process: right results that would hide its
  // crashes. Only the programs that end the process or leave a hook running may fall back. And a
  // driver retired after a program would hide that program's leftovers from the next probes: only the
  // programs that cannot be undone may retire it.
  const ref = persistent instanceof ReferenceOracle ? persistent : undefined;
  let previous = '';
  const run = async (name: string, src: string): Promise<OracleResult> => {
    const [fallbacks, starts] = [ref?.fallbacks.count ?? 0, ref?.driversStarted ?? 0];
    const r = await persistent.run(src, RUN);
    if (ref && ref.fallbacks.count !== fallbacks && !MAY_FALL_BACK.has(name)) {
      failures.push(`${name} was handed to a fresh process: ${ref.fallbacks.last}`);
    }
    if (ref && ref.driversStarted !== starts && previous !== '' && !MAY_FALL_BACK.has(previous) && !MAY_RETIRE.has(previous)) {
      failures.push(`the driver was restarted after ${previous}`);
    }
    previous = name.replace(/ after poison .*/, '');
    return r;
  };
  for (const [poison, src] of poisons) {
    const [mine, theirs] = await Promise.all([run(`poison ${poison}`, src), fresh(src)]);
    if (JSON.stringify(outcome(mine)) !== JSON.stringify(outcome(theirs))) {
      failures.push(`poison ${poison} itself: ${JSON.stringify(outcome(mine))} vs fresh ${JSON.stringify(outcome(theirs))}`);
    }
    for (const [probe, psrc] of probes) {
      const got = outcome(await run(`probe ${probe} after poison ${poison}`, psrc));
      const want = freshProbe.get(probe)!;
      if (JSON.stringify(got) !== JSON.stringify(want)) {
        failures.push(`probe ${probe} after poison ${poison}: ${JSON.stringify(got)} vs fresh ${JSON.stringify(want)}`);
      }
    }
  }
  t.deepEqual(failures, [], `${failures.length} differences with a fresh process`);
}

// The campaign's reference oracles in persistent mode; the fresh result is their runFresh (a process per
// program, as spawn mode runs them).
const referenceCases: [string, () => ReferenceOracle][] = [
  ['luajit -joff', () => new LuajitOracle(false, [], 'persistent')],
  ['luajit -Ohotloop=1', () => new LuajitOracle(true, ['hotloop=1'], 'persistent')],
  ['lua5.1', () => new Lua51Oracle('persistent')],
];

for (const [name, make] of referenceCases) {
  test(`persistent driver (${name}): every probe after every poison gives what a fresh process gives`, async (t) => {
    const persistent = make();
    try {
      if (await persistent.probe()) { t.log(`${name} is not installed`); t.pass(); return; }
      const known = KNOWN_DIFFERENCES[persistent.name] ?? new Set();
      await checkIsolation(t, persistent, (src) => persistent.runFresh(src, RUN), POISONS.filter(([n]) => !known.has(n)), PROBES);
    } finally {
      await persistent.close();
    }
  });
}

test('VM pool (interp): every probe after every poison gives what `luats -joff prog.lua` gives', async (t) => {
  const pool = new InterpOracle({ jobs: 1 });
  try {
    await checkIsolation(t, pool, freshVm, VM_POISONS, VM_PROBES);
  } finally {
    await pool.close();
  }
});
