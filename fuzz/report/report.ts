// Writes one finding per signature into reports/<campaign>/ (libFuzzer-style names, atomic writes):
// divergence-<sha1>.lua (minimised, Csmith-style header), .orig.lua, .json, .md, and the campaign index.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { OracleResult } from '../../oracles/result.js';
import type { Divergence } from '../compare.js';

export const REPORT_SCHEMA = 1;
export const TOOL_VERSION = '0.1.0';

export interface Finding {
  divergence: Divergence;
  original: string;
  minimised: string;
  /** Results of each oracle on the minimised program. */
  results: OracleResult[];
  /** Commands per oracle (with FILE as the program path). */
  commands: Record<string, string>;
  seed: number | null;
  path: string;
  campaignSeed: number | null;
  programIndex: number | null;
  options: Record<string, unknown>;
}

export const sha1 = (s: string): string => createHash('sha1').update(Buffer.from(s, 'latin1')).digest('hex');

/** File stem of a finding: kind prefix as libFuzzer names artifacts, + SHA-1 of the original program. */
export function findingStem(f: Finding): string {
  const prefix = f.divergence.kind === 'status'
    ? (f.results.some((r) => r.status === 'crash') ? 'crash' : f.results.some((r) => r.status === 'timeout') ? 'timeout' : 'divergence')
    : 'divergence';
  return `${prefix}-${sha1(f.original)}`;
}

function header(f: Finding): string {
  return [
    `-- tracefuzz ${TOOL_VERSION}`,
    `-- options: ${Object.entries(f.options).map(([k, v]) => `${k}=${JSON.stringify(v)}`).join(' ')}`,
    `-- seed: ${f.seed ?? '-'} path: ${f.path || '-'}`,
    `-- signature: ${f.divergence.signature}`,
  ].join('\n') + '\n';
}

/** Write the finding's files; returns the path of the minimised .lua. */
export async function writeFinding(dir: string, f: Finding): Promise<string> {
  mkdirSync(dir, { recursive: true });
  const stem = join(dir, findingStem(f));
  const lua = `${stem}.lua`;
  await writeFileAtomic(lua, Buffer.from(header(f) + f.minimised, 'latin1'));
  await writeFileAtomic(`${stem}.orig.lua`, Buffer.from(f.original, 'latin1'));
  const json = {
    schema: REPORT_SCHEMA, tool: `tracefuzz ${TOOL_VERSION}`,
    kind: f.divergence.kind, signature: f.divergence.signature, verdict: f.divergence.verdict,
    groups: f.divergence.groups, firstDifference: f.divergence.firstDiff,
    seed: f.seed, path: f.path, campaignSeed: f.campaignSeed, programIndex: f.programIndex, options: f.options,
    oracles: Object.fromEntries(f.results.map((r) => [r.oracle, {
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
  const d = f.divergence;
  const out: string[] = [
    `# ${d.kind} divergence (${d.verdict})`, '',
    `- **Signature:** \`${d.signature}\``,
    `- **Groups:** ${d.groups.map((g) => g.join(' + ')).join('  vs  ')}`,
    `- **Seed / path:** ${f.seed ?? '-'} / ${f.path || '-'}`, '',
    '## Program (minimised)', '', '```lua', f.minimised.trimEnd(), '```', '',
    '## Results', '', sideBySide(f.results, d), '',
    '## Reproduce', '', '```sh', `npm run repro -- ${lua}`,
    ...f.results.map((r) => f.commands[r.oracle]?.replace('FILE', lua)).filter(Boolean) as string[], '```', '',
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

async function appendIndex(dir: string, f: Finding, lua: string): Promise<void> {
  const file = join(dir, 'index.md');
  const head = '# Findings\n\n| file | kind | verdict | signature |\n|---|---|---|---|\n';
  const prev = existsSync(file) ? readFileSync(file, 'utf8') : head;
  const row = `| ${lua.split('/').pop()} | ${f.divergence.kind} | ${f.divergence.verdict} | \`${f.divergence.signature.replace(/\|/g, '\\|')}\` |\n`;
  await writeFileAtomic(file, prev + row);
}
