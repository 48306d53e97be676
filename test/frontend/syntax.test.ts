// Malformed programs: compile() must throw LuaSyntaxError with exactly luajit's message.
// Cases are in syntax-cases.json; syntax-expected.json holds what luajit's loadstring said
// for each (written by scripts/gen-golden.sh; "OK" means luajit accepted the program).

import test from 'ava';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile, LuaSyntaxError } from '../../jit/frontend/compile.js';
import { LuaSyntaxError as ParseSyntaxError } from '../../jit/frontend/parse.js';

const HERE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../test/frontend');
const cases: string[] = JSON.parse(readFileSync(path.join(HERE, 'syntax-cases.json'), 'latin1'));
const expected: string[] = JSON.parse(readFileSync(path.join(HERE, 'syntax-expected.json'), 'latin1'));

test('the expected messages were generated for every case', (t) => {
  t.true(cases.length >= 25);
  t.is(expected.length, cases.length);
});

test('parse.ts exports the same LuaSyntaxError class', (t) => {
  t.is(LuaSyntaxError, ParseSyntaxError);
});

function messageOf(src: string, chunkname: string): string {
  try {
    compile(src, chunkname);
    return 'OK';
  } catch (e) {
    if (e instanceof LuaSyntaxError) return e.message;
    throw e;
  }
}

cases.forEach((src, i) => {
  test(`syntax error ${i}: ${JSON.stringify(src).slice(0, 50)}`, (t) => {
    t.is(messageOf(src, '@t.lua'), expected[i]);
  });
});

// Chunk names in messages follow luaO_chunkid; expected texts come from luajit runs:
//   luajit -e 'print(loadstring("x = = 1"))' and loadstring(..., "=stdin").
test('chunk names: string source and =name', (t) => {
  t.is(messageOf('x = = 1', 'x = = 1'), '[string "x = = 1"]:1: unexpected symbol near \'=\'');
  t.is(messageOf('local s = "abc\nx', 'local s = "abc\nx'),
    '[string "local s = "abc..."]:1: unfinished string near \'"abc\'');
  t.is(messageOf('x = = 1', '=stdin'), 'stdin:1: unexpected symbol near \'=\'');
});
