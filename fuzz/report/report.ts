// Writes one finding per signature into reports/<campaign>/ (libFuzzer-style names, atomic writes):
// divergence-<sha1>.lua (minimised, Csmith-style header), .orig.lua, .json, .md, and the campaign index.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { OracleResult } from '../../oracles/result.js';
import type { Divergence } from '../compare.js';
import type { Examined } from '../runner.js';
import { formatStock, type StockCheck } from '../luajit/stock.js';

export const REPORT_SCHEMA = 1;
export const TOOL_VERSION = '0.1.0';

export interface Finding {
  /** The minimised program's results, diagnosis and verdict. */
  examined: Examined;
  original: string;
  minimised: string;
  /** Commands per oracle (with FILE as the program path). */
  commands: Record<string, string>;
  seed: number | null;
  path: string;
  campaignSeed: number | null;
  programIndex: number | null;
  options: Record<string, unknown>;
  /** Time spent minimising, in milliseconds. */
  minimiseMs?: number;
  /** For findings against LuaJIT: the minimised program on stock luajit with no harness, and the
   *  -O bisection. */
  stock?: StockCheck;
}

export const sha1 = (s: string): string => createHash('sha1').update(Buffer.from(s, 'latin1')).digest('hex');

/** File stem of a finding: kind prefix as libFuzzer names artifacts, + SHA-1 of the original program. */
export function findingStem(f: Finding): string {
  const { divergence, results } = f.examined;
  const prefix = divergence.kind === 'status'
    ? (results.some((r) => r.status === 'crash') ? 'crash' : results.some((r) => r.status === 'timeout') ? 'timeout' : 'divergence')
    : 'divergence';
  return `${prefix}-${sha1(f.original)}`;
}

function header(f: Finding): string {
  return [
    `-- tracefuzz ${TOOL_VERSION}`,
    `-- options: ${Object.entries(f.options).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ')}`,
    `-- seed: ${f.seed ?? '-'} path: ${f.path || '-'}`,
    `-- signature: ${f.examined.diagnosis.signature}`,
    `-- verdict: ${f.examined.judgement.verdict}${f.examined.judgement.known ? ` (known: ${f.examined.judgement.known.id})` : ''}`,
  ].join('\n') + '\n';
}

/** Write the finding's files; returns the path of the minimised .lua. */
export async function writeFinding(dir: string, f: Finding): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const stem = join(dir, findingStem(f));
  const lua = `${stem}.lua`;
  await writeFileAtomic(lua, Buffer.from(header(f) + f.minimised, 'latin1'));
  await writeFileAtomic(`${stem}.orig.lua`, Buffer.from(f.original, 'latin1'));
  const { divergence: d, diagnosis, judgement, results } = f.examined;
  const json = {
    schema: REPORT_SCHEMA, tool: `tracefuzz ${TOOL_VERSION}`,
    kind: d.kind, signature: diagnosis.signature, shape: diagnosis.shape, coarse: d.coarse,
    verdict: judgement.verdict, known: judgement.known ? { id: judgement.known.id, title: judgement.known.title } : null,
    groups: d.groups, firstDifference: d.firstDiff, firstOperation: diagnosis.site ?? null, diagnosedBy: diagnosis.via,
    seed: f.seed, path: f.path, campaignSeed: f.campaignSeed, programIndex: f.programIndex, options: f.options,
    lines: { original: lineCount(f.original), minimised: lineCount(f.minimised) },
    minimiseMs: f.minimiseMs !== undefined ? Math.round(f.minimiseMs) : null,
    stock: f.stock ? {
      binary: f.stock.binary, version: f.stock.version, reproduces: f.stock.reproduces, stable: f.stock.stable,
      difference: f.stock.difference, passesWith: f.stock.culprits,
      bisection: Object.fromEntries(f.stock.bisection.map((b) => [b.flag, b.fixes ? 'passes' : 'fails'])),
    } : null,
    oracles: Object.fromEntries(results.map((r) => [r.oracle, {
      cmd: f.commands[r.oracle]?.replace('FILE', lua), status: r.status, stdout: r.stdout, error: r.error ?? null,
      exit: r.exit ?? null, ms: Math.round(r.ms * 10) / 10,
    }])),
    replay: f.seed !== null ? `{ seed: ${f.seed}, path: "${f.path}", endOnFailure: true }` : null,
  };
  await writeFileAtomic(`${stem}.json`, JSON.stringify(json, null, 2) + '\n');
  await writeFileAtomic(`${stem}.md`, markdown(f, lua));
  await appendIndex(dir, f, lua);
  return lua;
}

/** The page a person reads: type, signature, program, results side by side, reproduce block. */
export function markdown(f: Finding, lua: string): string {
  const { divergence: d, diagnosis, judgement, results } = f.examined;
  const site = diagnosis.site;
  const out: string[] = [
    `# ${d.kind} divergence: ${VERDICT_TEXT[judgement.verdict]}`, '',
    `- **Signature:** \`${diagnosis.signature}\``,
    `- **Groups:** ${d.groups.map((g) => g.join(' + ')).join('  vs  ')}`,
    ...(judgement.known ? [`- **Known difference:** ${judgement.known.title}${judgement.known.upstream ? ` (${judgement.known.upstream})` : ''}`] : []),
    ...(site ? [
      `- **First differing operation:** \`${site.text}\` (${site.kind} ${site.op})`,
      `- **Operands (reference side):** ${site.operandValues.map((v) => (v === undefined ? '?' : `\`${v}\``)).join(', ') || '-'}`,
      `- **Values:** ${d.groups.map((g, i) => `${g.join('+')}: \`${site.values[i]}\``).join(', ')}`,
    ] : [`- **Located by:** ${diagnosis.via} (no single operation differs)`]),
    `- **Seed / path:** ${f.seed ?? '-'} / ${f.path || '-'}`,
    `- **Minimised:** ${lineCount(f.original)} -> ${lineCount(f.minimised)} lines` +
      (f.minimiseMs !== undefined ? ` in ${(f.minimiseMs / 1000).toFixed(1)} s` : ''), '',
    '## Program (minimised)', '', '```lua', f.minimised.trimEnd(), '```', '',
    ...(f.stock ? ['## Stock LuaJIT', '', ...formatStock(f.stock).map((l) => `- ${l}`), ''] : []),
    '## Results', '', sideBySide(results, d), '',
    '## Reproduce', '', '```sh', `npm run repro -- ${lua}`,
    ...results.map((r) => f.commands[r.oracle]?.replace('FILE', lua)).filter(Boolean) as string[], '```', '',
    `Original program: \`${lua.replace(/\.lua$/, '.orig.lua')}\``, '',
  ];
  return out.join('\n');
}

/** Each oracle's output in a column, the first differing line marked with ">>". */
export function sideBySide(results: OracleResult[], d: Divergence | null): string {
  const rows = ['| line | ' + results.map((r) => r.oracle).join(' | ') + ' |', '|---|' + results.map(() => '---|').join('')];
  const cols = results.map((r) => r.stdout.split('\n').filter((_, i, a) => i < a.length - 1 || a[i] !== ''));
  const n = Math.max(...cols.map((c) => c.length));
  const cell = (s: string): string => '`' + s.replace(/\|/g, '\\|').replace(/`/g, "'").replace(/[\x00-\x1f\x7f-\xff]/g, (c) => `\\${c.charCodeAt(0)}`) + '`';
  const first = d && d.kind === 'output' ? d.firstDiff.line : -1;
  for (let i = 0; i < n; i++) {
    const mark = i + 1 === first ? `**>> ${i + 1}**` : String(i + 1);
    rows.push(`| ${mark} | ` + cols.map((c) => (c[i] === undefined ? '' : cell(c[i]!))).join(' | ') + ' |');
  }
  rows.push('| status | ' + results.map((r) => `${d?.kind === 'status' ? '**' : ''}${r.status}${d?.kind === 'status' ? '**' : ''}`).join(' | ') + ' |');
  rows.push('| error | ' + results.map((r) => (r.error ? cell(r.error) : '')).join(' | ') + ' |');
  rows.push('| ms | ' + results.map((r) => r.ms.toFixed(1)).join(' | ') + ' |');
  return rows.join('\n');
}

/** Index writes per folder, one after another: jobs finishing together must not lose rows. */
const indexQueues = new Map<string, Promise<void>>();

function appendIndex(dir: string, f: Finding, lua: string): Promise<void> {
  const next = (indexQueues.get(dir) ?? Promise.resolve()).then(() => writeIndexRow(dir, f, lua));
  indexQueues.set(dir, next.catch(() => {}));
  return next;
}

async function writeIndexRow(dir: string, f: Finding, lua: string): Promise<void> {
  const file = join(dir, 'index.md');
  const head = '# Findings\n\n| file | kind | verdict | lines | signature |\n|---|---|---|---|---|\n';
  const prev = existsSync(file) ? readFileSync(file, 'utf8') : head;
  const { divergence: d, diagnosis, judgement } = f.examined;
  const row = `| ${lua.split('/').pop()} | ${d.kind} | ${judgement.verdict} | ${lineCount(f.minimised)} | ` +
    `\`${diagnosis.signature.replace(/\|/g, '\\|')}\` |\n`;
  await writeFileAtomic(file, prev + row);
}

/** Lines of a program, a final newline not counting as one more. */
export const lineCount = (s: string): number => s.split('\n').filter((l, i, a) => i < a.length - 1 || l !== '').length;

/** Who is wrong, in words. */
const VERDICT_TEXT: Record<string, string> = {
  vm: 'our VM is wrong', 'luajit-jit': "LuaJIT's JIT is wrong", 'luajit-interp': "LuaJIT's interpreter is wrong (known)",
  lua51: 'PUC Lua 5.1 differs', allowed: 'both answers are allowed (known)', generator: 'the program is at fault',
};
