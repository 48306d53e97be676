// `npm run bench`: the shared Lua benchmarks on several VMs side by side, best-of-N wall time, checked.
import { writeFileSync, existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { execa } from 'execa';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { loadSuite } from './suite.js';
import type { BenchProgram } from './suite.js';

/*
 * Each round runs every program on every VM in turn (interleaved, so drift in machine load hits all
 * VMs alike); a program's time is the best round, measured around the whole process. Output is
 * checked against the README's checksum when a VM runs the default size; at other sizes, against the
 * baseline VM's output at the same size (or, without one, against the other VMs that ran that size).
 * A slow VM may run the linearly scaling programs smaller (--scale luats=0.1): its time is then
 * scaled back to the default size (time per unit of work), and the table marks it.
 */

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const LUATS_CLI = resolve(REPO_ROOT, 'dist', 'jit', 'cli.js');
const DEFAULT_DIR = resolve(REPO_ROOT, '..', 'shared', 'bench');
const DEFAULT_VMS = 'luats,luajit,luajit-joff,lua5.1';
const DEFAULT_BASELINE = 'lua5.1';
const DEFAULT_TIMEOUT_S = 120;
const DEFAULT_RUNS = 3;
const KILL_GRACE_MS = 2000;
const MS_PER_S = 1000;
const NS_PER_MS = 1e6;

// -- VMs --------------------------------------------------------------------

/** How to run `file` at `size` on each known VM. */
const VM_COMMANDS: Record<string, (file: string, size: number) => [string, string[]]> = {
  'luats': (f, n) => [process.execPath, [LUATS_CLI, f, String(n)]],
  'luats-joff': (f, n) => [process.execPath, [LUATS_CLI, '-joff', f, String(n)]],
  'luajit': (f, n) => ['luajit', [f, String(n)]],
  'luajit-joff': (f, n) => ['luajit', ['-joff', f, String(n)]],
  'lua5.1': (f, n) => ['lua5.1', [f, String(n)]],
};

/**
 * The command for a VM name: a known one, or `luats@DIR` for another build of ours (DIR holds its
 * dist/), so a change can be measured against the build before it, side by side in one run.
 */
function vmCommand(vm: string): ((file: string, size: number) => [string, string[]]) | undefined {
  const at = vm.indexOf('@');
  if (at < 0) return VM_COMMANDS[vm];
  const cli = resolve(vm.slice(at + 1), 'dist', 'jit', 'cli.js');
  if (vm.slice(0, at) !== 'luats' || !existsSync(cli)) return undefined;
  return (f, n) => [process.execPath, [cli, f, String(n)]];
}

// -- Sizes ------------------------------------------------------------------

interface SizePlan {
  /** Scale for linear programs on every VM (from a bare number in --size). */
  scale: number;
  /** Absolute size per program (from prog=N in --size); applies to every VM. */
  perProgram: Map<string, number>;
  /** Extra scale per VM for linear programs (from --scale vm=F). */
  perVm: Map<string, number>;
}

function parsePairs(text: string, what: string): [string | undefined, number][] {
  const out: [string | undefined, number][] = [];
  for (const item of text.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
    const eq = item.indexOf('=');
    const key = eq < 0 ? undefined : item.slice(0, eq);
    const value = Number(eq < 0 ? item : item.slice(eq + 1));
    if (!Number.isFinite(value) || value <= 0) throw new Error(`bad ${what} '${item}'`);
    out.push([key, value]);
  }
  return out;
}

function sizePlan(size: string, scale: string, programs: BenchProgram[], vms: string[]): SizePlan {
  const plan: SizePlan = { scale: 1, perProgram: new Map(), perVm: new Map() };
  for (const [key, value] of parsePairs(size, '--size')) {
    if (key === undefined) plan.scale = value;
    else if (!programs.some((p) => p.name === key)) throw new Error(`--size: no program '${key}'`);
    else plan.perProgram.set(key, Math.round(value));
  }
  for (const [key, value] of parsePairs(scale, '--scale')) {
    if (key === undefined || !vms.includes(key)) throw new Error(`--scale wants vm=factor for a VM in --vm, got '${key ?? value}'`);
    plan.perVm.set(key, value);
  }
  return plan;
}

/** The size `vm` runs `p` at: explicit or default, scaled only where the work is linear. */
function sizeFor(plan: SizePlan, p: BenchProgram, vm: string): number {
  const base = plan.perProgram.get(p.name) ?? p.defaultSize;
  if (!p.linear) return base;
  const factor = (plan.perProgram.has(p.name) ? 1 : plan.scale) * (plan.perVm.get(vm) ?? 1);
  return Math.max(1, Math.round(base * factor));
}

// -- Running ----------------------------------------------------------------

type CellStatus = 'ok' | 'fail' | 'timeout' | 'wrong';

/** One program on one VM across all rounds. */
interface Cell {
  vm: string;
  size: number;
  status: CellStatus;
  /** Wall time of each successful run, seconds. */
  times: number[];
  best?: number;
  /** Best time scaled to the default size (linear programs), else equal to best. */
  normalized?: number;
  output?: string;
  /** How the output was checked: against the README, against other VMs, or not at all. */
  checked: 'readme' | 'peers' | 'none';
  detail?: string;
}

interface Row {
  program: BenchProgram;
  cells: Map<string, Cell>;
}

async function runOnce(vm: string, p: BenchProgram, size: number, timeoutS: number, cell: Cell): Promise<void> {
  const [cmd, args] = vmCommand(vm)!(p.file, size);
  const start = process.hrtime.bigint();
  const r = await execa(cmd, args, {
    reject: false, stdin: 'ignore', timeout: timeoutS * MS_PER_S, forceKillAfterDelay: KILL_GRACE_MS,
    encoding: 'latin1', stripFinalNewline: true, maxBuffer: 1 << 24,
  });
  const seconds = Number(process.hrtime.bigint() - start) / NS_PER_MS / MS_PER_S;
  if (r.timedOut) {
    cell.status = 'timeout';
    cell.detail = `over ${timeoutS} s`;
    return;
  }
  if (r.failed || r.exitCode !== 0) {
    cell.status = 'fail';
    const err = String(r.stderr ?? '').split('\n')[0] || r.shortMessage || `exit ${r.exitCode}`;
    cell.detail = err.slice(0, 200);
    return;
  }
  const output = String(r.stdout);
  if (cell.output !== undefined && cell.output !== output) {
    cell.status = 'wrong';
    cell.detail = 'output changed between runs';
    return;
  }
  cell.output = output;
  if (size === p.defaultSize) {
    cell.checked = 'readme';
    if (output !== p.checksum) {
      cell.status = 'wrong';
      cell.detail = `printed ${JSON.stringify(output.slice(0, 80))}, expected ${JSON.stringify(p.checksum)}`;
      return;
    }
  }
  cell.times.push(seconds);
}

/** Outputs at non-default sizes: compare with the baseline's at the same size, else with the majority. */
function checkPeers(row: Row, baseline: string): void {
  const bySize = new Map<number, Cell[]>();
  for (const c of row.cells.values()) {
    if (c.status !== 'ok' || c.checked === 'readme') continue;
    bySize.set(c.size, [...(bySize.get(c.size) ?? []), c]);
  }
  for (const group of bySize.values()) {
    if (group.length < 2) continue;
    const base = group.find((c) => c.vm === baseline);
    let expected = base?.output;
    if (expected === undefined) {
      const counts = new Map<string, number>();
      for (const c of group) counts.set(c.output!, (counts.get(c.output!) ?? 0) + 1);
      expected = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    }
    for (const c of group) {
      c.checked = 'peers';
      if (c.output !== expected) {
        c.status = 'wrong';
        c.detail = `printed ${JSON.stringify(c.output!.slice(0, 80))}, ${base ? baseline : 'the others'} printed ${JSON.stringify(expected.slice(0, 80))}`;
      }
    }
  }
}

function finish(row: Row): void {
  for (const c of row.cells.values()) {
    if (c.status !== 'ok' || c.times.length === 0) continue;
    c.best = Math.min(...c.times);
    c.normalized = row.program.linear ? c.best * (row.program.defaultSize / c.size) : c.best;
  }
}

// -- Report -----------------------------------------------------------------

/** Time of `vm` relative to the baseline, when both ran and their times are comparable. */
function ratio(row: Row, vm: string, baseline: string): number | undefined {
  const c = row.cells.get(vm);
  const b = row.cells.get(baseline);
  if (!c || !b || c.normalized === undefined || b.normalized === undefined) return undefined;
  if (!row.program.linear && c.size !== b.size) return undefined;
  return c.normalized / b.normalized;
}

function geomean(xs: number[]): number | undefined {
  if (xs.length === 0) return undefined;
  return Math.exp(xs.reduce((s, x) => s + Math.log(x), 0) / xs.length);
}

const STATUS_TEXT: Record<Exclude<CellStatus, 'ok'>, string> = { fail: 'FAIL', timeout: 'TIMEOUT', wrong: 'WRONG' };

function renderTable(rows: Row[], vms: string[], baseline: string | undefined, runs: number, plan: SizePlan): string {
  const header = ['program', 'size'];
  for (const vm of vms) header.push(vm, baseline && vm !== baseline ? `/${baseline}` : '');
  const lines: string[][] = [header];
  const notes: string[] = [];
  const problems: string[] = [];
  for (const row of rows) {
    const p = row.program;
    const size = plan.perProgram.get(p.name) ?? p.defaultSize;
    const line = [p.name, String(size)];
    if (size !== p.defaultSize) {
      notes.push(`${p.name}: size ${size} instead of ${p.defaultSize}; outputs compared between VMs, not with the README` +
        (p.linear ? '' : '; times as measured'));
    }
    const scaled: string[] = [];
    for (const vm of vms) {
      const c = row.cells.get(vm)!;
      if (c.status !== 'ok' || c.normalized === undefined) {
        line.push(c.status === 'ok' ? '-' : STATUS_TEXT[c.status], '');
        if (c.status !== 'ok') problems.push(`${p.name} on ${vm}: ${STATUS_TEXT[c.status]}${c.detail ? ` (${c.detail})` : ''}`);
        continue;
      }
      const mark = c.size !== p.defaultSize && p.linear ? '*' : '';
      if (mark) scaled.push(`${vm} at ${c.size} (${c.best!.toFixed(3)} s)`);
      const r = baseline && vm !== baseline ? ratio(row, vm, baseline) : undefined;
      line.push(c.normalized.toFixed(3) + mark, r === undefined ? '' : r.toFixed(2));
    }
    if (scaled.length > 0) notes.push(`* ${p.name}: ${scaled.join(', ')}; time per unit of work, shown for size ${p.defaultSize}`);
    lines.push(line);
  }
  if (baseline) {
    const line = ['geomean', ''];
    for (const vm of vms) {
      if (vm === baseline) { line.push('', ''); continue; }
      const rs = rows.map((row) => ratio(row, vm, baseline)).filter((x): x is number => x !== undefined);
      const g = geomean(rs);
      line.push(rs.length < rows.length ? `(${rs.length}/${rows.length})` : '', g === undefined ? '-' : g.toFixed(2));
    }
    lines.push(line);
  }
  const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  const text = lines.map((l) => l.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd());
  const out = [...text, ''];
  out.push(`Times: seconds, best of ${runs} wall-clock runs of the whole process, VMs interleaved.`);
  if (baseline) out.push(`/${baseline}: time divided by ${baseline}'s (below 1 is faster); geomean over the programs both finished.`);
  out.push(...notes);
  if (problems.length > 0) out.push('', 'Problems:', ...problems.map((s) => `  ${s}`));
  return out.join('\n') + '\n';
}

async function toolVersion(cmd: string, args: string[]): Promise<string> {
  const r = await execa(cmd, args, { reject: false, stdin: 'ignore', all: true });
  return r.failed ? 'not installed' : String(r.all).split('\n')[0]!.trim();
}

// -- Main -------------------------------------------------------------------

export async function main(argv: string[]): Promise<number> {
  const opts = await yargs(argv)
    .scriptName('npm run bench --')
    .usage('$0 [options]\n\nRun the shared Lua benchmarks on several VMs and compare them.')
    .option('vm', { type: 'string', default: DEFAULT_VMS, describe: `VMs, comma-separated: ${Object.keys(VM_COMMANDS).join(', ')}, or luats@DIR (the build in DIR/dist)` })
    .option('only', { type: 'string', describe: 'programs to run, comma-separated (default: all)' })
    .option('size', { type: 'string', default: '', describe: 'a scale for the linear programs and/or prog=N sizes, e.g. 0.1,fib=30' })
    .option('scale', { type: 'string', default: '', describe: 'per-VM scale for the linear programs, e.g. luats=0.05' })
    .option('runs', { type: 'number', default: DEFAULT_RUNS, describe: 'runs per program and VM (best is kept)' })
    .option('timeout', { type: 'number', default: DEFAULT_TIMEOUT_S, describe: 'seconds per run before it counts as a timeout' })
    .option('baseline', { type: 'string', default: DEFAULT_BASELINE, describe: 'VM the ratios are relative to' })
    .option('dir', { type: 'string', default: DEFAULT_DIR, describe: 'folder with the programs and README.md' })
    .option('json', { type: 'string', describe: 'also write the results to this JSON file' })
    .strict()
    .help()
    .parseAsync();

  const vms = opts.vm.split(',').map((s) => s.trim()).filter((s) => s !== '');
  for (const vm of vms) if (!vmCommand(vm)) throw new Error(`unknown VM '${vm}' (known: ${Object.keys(VM_COMMANDS).join(', ')}, luats@DIR)`);
  if (vms.some((vm) => vm.startsWith('luats')) && !existsSync(LUATS_CLI)) throw new Error(`${LUATS_CLI} is missing: run npm run build first`);
  let programs = loadSuite(opts.dir);
  if (opts.only) {
    const wanted = opts.only.split(',').map((s) => s.trim().replace(/\.lua$/, ''));
    for (const w of wanted) if (!programs.some((p) => p.name === w)) throw new Error(`--only: no program '${w}' in ${opts.dir}`);
    programs = programs.filter((p) => wanted.includes(p.name));
  }
  const plan = sizePlan(opts.size, opts.scale, programs, vms);
  const runs = Math.max(1, Math.floor(opts.runs));
  const baseline = vms.includes(opts.baseline) ? opts.baseline : undefined;

  const [luajitV, luaV] = await Promise.all([toolVersion('luajit', ['-v']), toolVersion('lua5.1', ['-v'])]);
  const cpu = cpus();
  process.stdout.write(`# bench ${new Date().toISOString()}  ${cpu.length} x ${cpu[0]?.model ?? 'unknown CPU'}\n` +
    `# node ${process.version}; ${luajitV}; ${luaV}\n`);

  const rows: Row[] = programs.map((program) => ({
    program,
    cells: new Map(vms.map((vm) => [vm, { vm, size: sizeFor(plan, program, vm), status: 'ok', times: [], checked: 'none' } as Cell])),
  }));
  for (let round = 1; round <= runs; round++) {
    for (const row of rows) {
      for (const vm of vms) {
        const cell = row.cells.get(vm)!;
        if (cell.status !== 'ok') continue;
        await runOnce(vm, row.program, cell.size, opts.timeout, cell);
        const last = cell.status === 'ok' ? `${cell.times[cell.times.length - 1]!.toFixed(3)} s` : STATUS_TEXT[cell.status];
        process.stderr.write(`[${round}/${runs}] ${row.program.name} (${cell.size}) ${vm}: ${last}\n`);
      }
    }
  }
  for (const row of rows) {
    checkPeers(row, baseline ?? vms[0]!);
    finish(row);
  }
  process.stdout.write(renderTable(rows, vms, baseline, runs, plan));

  if (opts.json) {
    const record = {
      version: 1, date: new Date().toISOString(), node: process.version, luajit: luajitV, lua51: luaV,
      cpu: `${cpu.length} x ${cpu[0]?.model ?? 'unknown'}`, runs, timeout: opts.timeout, baseline: baseline ?? null, vms,
      programs: rows.map((row) => ({
        name: row.program.name, defaultSize: row.program.defaultSize, linear: row.program.linear,
        results: Object.fromEntries([...row.cells].map(([vm, c]) => [vm, {
          size: c.size, status: c.status, times: c.times, best: c.best ?? null, normalized: c.normalized ?? null,
          checked: c.checked, detail: c.detail ?? null, ratio: baseline ? ratio(row, vm, baseline) ?? null : null,
        }])),
      })),
      geomean: baseline ? Object.fromEntries(vms.filter((vm) => vm !== baseline).map((vm) => [vm,
        geomean(rows.map((row) => ratio(row, vm, baseline)).filter((x): x is number => x !== undefined)) ?? null])) : {},
    };
    writeFileSync(opts.json, JSON.stringify(record, null, 2) + '\n');
    process.stdout.write(`Results written to ${opts.json}\n`);
  }
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(hideBin(process.argv)).then(
    (code) => { process.exitCode = code; },
    (e: Error) => { process.stderr.write(`bench: ${e.message}\n`); process.exitCode = 1; },
  );
}
