// Golden tests: listProto(compile(x.lua)) must equal `luajit -bl x.lua` byte for byte,
// and the line of every instruction must equal luajit's (test/golden/*.bl, *.lines).

import test from 'ava';
import path from 'node:path';
import { readdirSync } from 'node:fs';
import { listProto } from '../../jit/bytecode/list.js';
import { compile } from '../../jit/frontend/compile.js';
import { GOLDEN_DIR, goldenNames, compileGolden, describeLines, readLatin1 } from './golden.js';

const names = goldenNames();

test('there are at least 40 golden programs', (t) => {
  t.true(names.length >= 40, `only ${names.length} golden programs`);
});

for (const name of names) {
  test(`listing matches luajit -bl: ${name}`, (t) => {
    const expected = readLatin1(path.join(GOLDEN_DIR, name + '.bl'));
    t.is(listProto(compileGolden(name)), expected);
  });
  test(`line info matches luajit: ${name}`, (t) => {
    const expected = readLatin1(path.join(GOLDEN_DIR, name + '.lines'));
    t.is(describeLines(compileGolden(name)), expected);
  });
}

// The benchmark programs are listed by the lead's bench; they must compile identically too.
const BENCH_DIR = path.resolve(GOLDEN_DIR, '../../../shared/bench');
const benchListings = path.join(GOLDEN_DIR, 'bench');
for (const f of safeList(benchListings).filter((x) => x.endsWith('.bl'))) {
  const name = f.slice(0, -3);
  test(`bench listing matches luajit -bl: ${name}`, (t) => {
    const src = readLatin1(path.join(BENCH_DIR, name + '.lua'));
    t.is(listProto(compile(src, `@${name}.lua`)), readLatin1(path.join(benchListings, f)));
  });
}

function safeList(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
