// The benchmark suite as /work/shared/bench/README.md describes it: programs, default sizes, checksums.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** One benchmark program. */
export interface BenchProgram {
  /** Name without .lua, e.g. "fib". */
  name: string;
  file: string;
  stresses: string;
  defaultSize: number;
  /** Expected stdout (without the final newline) at the default size. */
  checksum: string;
  /** Work grows linearly with the size, so time per unit of work is comparable across sizes. */
  linear: boolean;
}

const TABLE_ROW = /^\|\s*([\w-]+)\.lua\s*\|([^|]*)\|\s*(\d+)\s*\|(.*)\|\s*$/;
const LINEAR_LIST = /scales?\s+linearly\s*\(([^)]*)\)/;

/**
 * Parse the README's program table (`| fib.lua | what | default | checksum |`) and its sentence
 * naming the programs whose work scales linearly. Checksums keep their inner tabs.
 */
export function parseSuite(readme: string, dir: string): BenchProgram[] {
  const linear = new Set<string>();
  const m = LINEAR_LIST.exec(readme.replace(/\s+/g, ' '));
  if (m) for (const n of m[1]!.split(',')) linear.add(n.trim());
  const programs: BenchProgram[] = [];
  for (const line of readme.split('\n')) {
    const row = TABLE_ROW.exec(line);
    if (!row) continue;
    const name = row[1]!;
    // Only the outer padding of the cell is markup; a checksum may contain tabs between fields.
    const checksum = row[4]!.replace(/^ +| +$/g, '');
    programs.push({
      name, file: join(dir, `${name}.lua`), stresses: row[2]!.trim(),
      defaultSize: Number(row[3]), checksum, linear: linear.has(name),
    });
  }
  return programs;
}

/** Read and parse `<dir>/README.md`; throws with a clear message when it is missing or has no table. */
export function loadSuite(dir: string): BenchProgram[] {
  const readmePath = join(dir, 'README.md');
  if (!existsSync(readmePath)) throw new Error(`no benchmark README at ${readmePath} (use --dir)`);
  const programs = parseSuite(readFileSync(readmePath, 'utf8'), dir);
  if (programs.length === 0) throw new Error(`no program table found in ${readmePath}`);
  return programs;
}
