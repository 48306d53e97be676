// Shared helpers for the golden-file tests: compile a golden program, describe its line info.

import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { compile } from '../../jit/frontend/compile.js';
import type { Proto } from '../../jit/bytecode/proto.js';

/** test/golden in the source tree (tests run from dist/test/frontend). */
export const GOLDEN_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test/golden');

export function goldenNames(): string[] {
  return readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.lua')).map((f) => f.slice(0, -4)).sort();
}

export function readLatin1(file: string): string {
  return readFileSync(file, 'latin1');
}

export function compileGolden(name: string): Proto {
  return compile(readLatin1(path.join(GOLDEN_DIR, name + '.lua')), `@${name}.lua`);
}

/** Same shape as the .lines files: children first, "first-last: line line ...". */
export function describeLines(pt: Proto): string {
  let out = '';
  for (const k of pt.kgc) {
    if (typeof k === 'object' && !('kind' in k)) out += describeLines(k);
  }
  out += `${pt.firstline}-${pt.firstline + pt.numline}:`;
  for (let pc = 1; pc < pt.bc.length; pc++) out += ` ${pt.lineinfo[pc]}`;
  return out + '\n';
}
