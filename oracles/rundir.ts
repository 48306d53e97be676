// A private working directory for programs, as a fresh `luajit prog.lua` run in its own directory has:
// prog.lua is (re)written before each program, and whatever a program leaves there is removed after it.
import { mkdtempSync, mkdirSync, writeFileSync, readdirSync, rmSync, lstatSync, accessSync, constants as fsc } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROGRAM_CHUNK } from './result.js';

/** A RAM file system when there is one: writing prog.lua on a disk costs ~0.3 ms, more than running a
 *  small program. */
export const RUN_ROOT: string = ['/dev/shm', tmpdir()].find((d) => {
  try { accessSync(d, fsc.W_OK); return lstatSync(d).isDirectory(); } catch { return false; }
}) ?? tmpdir();

export class RunDirectory {
  readonly path: string;

  /** A new directory named `prefix` + random suffix, or exactly `fixed` (created if missing). */
  constructor(prefix: string, fixed?: string) {
    if (fixed === undefined) this.path = mkdtempSync(join(RUN_ROOT, prefix));
    else { mkdirSync(fixed, { recursive: true }); this.path = fixed; }
  }

  /** Write prog.lua (a byte string), replacing whatever a program put under that name. */
  write(source: string): void {
    const file = join(this.path, PROGRAM_CHUNK);
    const body = Buffer.from(source, 'latin1');
    try {
      writeFileSync(file, body);
    } catch {
      rmSync(file, { recursive: true, force: true });
      writeFileSync(file, body);
    }
  }

  /** Remove everything but prog.lua (a directory in its place is caught by the next write). */
  tidy(): void {
    const names = readdirSync(this.path);
    if (names.length === 1 && names[0] === PROGRAM_CHUNK) return;
    for (const name of names) {
      if (name !== PROGRAM_CHUNK) rmSync(join(this.path, name), { recursive: true, force: true });
    }
  }

  remove(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}

/** The directory of pool worker `pid`, so that the pool can remove it after killing the worker. */
export function workerDirectory(pid: number): string {
  return join(RUN_ROOT, `tracefuzz-vm-${pid}`);
}
