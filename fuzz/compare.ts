// Comparison of oracle results: all enabled oracles must agree. A divergence records which oracles
// group together and where the results first differ; signature.ts gives it its precise signature
// and verdict/ says who is wrong.
import type { OracleResult } from '../oracles/result.js';

export type DivergenceKind = 'status' | 'error' | 'output';

export interface Divergence {
  kind: DivergenceKind;
  /** Oracles grouped by identical results, in the order the oracles were given. */
  groups: string[][];
  /** A coarse key from the results alone (kind, groups, shape of the first difference). */
  coarse: string;
  /** First differing output line (1-based) and each group's text there; 0 for status/error. */
  firstDiff: { line: number; values: Record<string, string> };
}

const MAX_DETAIL = 60;

function key(r: OracleResult): string { return `${r.status}\u0000${r.error ?? ''}\u0000${r.stdout}`; }

/** Compare results of one program; null when every oracle agrees. */
export function compare(results: OracleResult[]): Divergence | null {
  const byKey = new Map<string, OracleResult[]>();
  for (const r of results) {
    const k = key(r);
    byKey.set(k, [...(byKey.get(k) ?? []), r]);
  }
  if (byKey.size <= 1) return null;
  const reps = [...byKey.values()].map((g) => g[0]!);
  const groups = [...byKey.values()].map((g) => g.map((r) => r.oracle));
  let kind: DivergenceKind;
  let detail: string[];
  let firstDiff: Divergence['firstDiff'] = { line: 0, values: {} };
  if (new Set(reps.map((r) => r.status)).size > 1) {
    kind = 'status';
    detail = reps.map((r) => r.status);
  } else if (new Set(reps.map((r) => r.stdout)).size > 1) {
    kind = 'output';
    const lines = reps.map((r) => r.stdout.split('\n'));
    let i = 0;
    while (new Set(lines.map((l) => l[i])).size === 1) i++;
    firstDiff = { line: i + 1, values: Object.fromEntries(reps.map((r, j) => [r.oracle, lines[j]![i] ?? '<end of output>'])) };
    detail = lines.map((l) => lineShape(l[i]));
  } else {
    kind = 'error';
    detail = reps.map((r) => errorShape(r.error ?? ''));
  }
  const coarse = `${signaturePrefix({ kind, groups })}${detail.join('|')}`;
  return { kind, groups, coarse, firstDiff };
}

/** The start every signature of this divergence shares: "kind:group|group:" (groups joined by +). */
export function signaturePrefix(d: Pick<Divergence, 'kind' | 'groups'>): string {
  return `${d.kind}:${d.groups.map((g) => g.join('+')).join('|')}:`;
}

/** A coarse class of an output line, so the same bug in different programs shares a signature. */
export function lineShape(line: string | undefined): string {
  if (line === undefined) return 'eof';
  if (/^checksum\t/.test(line)) return 'checksum';
  if (/^-?(\d+(\.\d*)?(e[-+]\d+)?|inf|nan)$/.test(line)) return 'number';
  if (/^(true|false|nil)$/.test(line)) return line;
  return 'text';
}

/** An error message with numbers and quoted names scrubbed, as a shape. */
export function errorShape(msg: string): string {
  return msg.replace(/'[^']*'/g, "'?'").replace(/\d+(\.\d+)?/g, 'N').slice(0, MAX_DETAIL);
}
