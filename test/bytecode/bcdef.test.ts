// The opcode table: BC is generated from BCDEF and fresh, LuaJIT's ordering invariants hold, and
// the order is the reference's (jit.vmdef's bcnames from the installed luajit).
import test from 'ava';
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { BC, BCDEF, BC_NAMES, BC_MM, MM } from '../../jit/bytecode/bcdef.js';
import { bcGenText, BC_GEN_PATH } from '../../scripts/gen-bcdef.js';

test('bc.gen.ts is what scripts/gen-bcdef.ts makes from BCDEF (run it after editing BCDEF)', (t) => {
  t.is(readFileSync(BC_GEN_PATH, 'utf8'), bcGenText(BCDEF.map((d) => d[0])));
  t.is(BC.MAX, BCDEF.length);
  t.is(BC_NAMES[BC.FORL], 'FORL');
  t.is(BC_NAMES[BC.FUNCCW], 'FUNCCW');
});

test('plain, I- and J- forms are adjacent, as patching relies on', (t) => {
  t.is(BC.FORL + 1, BC.IFORL);
  t.is(BC.FORL + 2, BC.JFORL);
  t.is(BC.ITERL + 1, BC.IITERL);
  t.is(BC.ITERL + 2, BC.JITERL);
  t.is(BC.LOOP + 1, BC.ILOOP);
  t.is(BC.LOOP + 2, BC.JLOOP);
  t.is(BC.FUNCF + 1, BC.IFUNCF);
  t.is(BC.FUNCF + 2, BC.JFUNCF);
  t.is(BC.FUNCV + 1, BC.IFUNCV);
  t.is(BC.FUNCV + 2, BC.JFUNCV);
  t.is(BC.FORI + 1, BC.JFORI);
});

test('a comparison xor 1 is its negation', (t) => {
  const pairs: [number, number][] = [
    [BC.ISLT, BC.ISGE], [BC.ISLE, BC.ISGT], [BC.ISEQV, BC.ISNEV], [BC.ISEQS, BC.ISNES],
    [BC.ISEQN, BC.ISNEN], [BC.ISEQP, BC.ISNEP], [BC.ISTC, BC.ISFC], [BC.IST, BC.ISF],
  ];
  for (const [a, b] of pairs) t.is(a ^ 1, b, `${BC_NAMES[a]} ^ 1`);
  // lj_meta_comp decodes the ordered comparisons from their offset to ISLT: bit 1 = <=, bit 0 = negate.
  t.deepEqual([BC.ISGE - BC.ISLT, BC.ISLE - BC.ISLT, BC.ISGT - BC.ISLT], [1, 2, 3]);
});

test('arithmetic opcode blocks are in ORDER ARITH, matching their metamethods', (t) => {
  const blocks = [BC.ADDVN, BC.ADDNV, BC.ADDVV];
  const mms = [MM.add, MM.sub, MM.mul, MM.div, MM.mod];
  for (const first of blocks) {
    mms.forEach((mm, i) => t.is(BC_MM[first + i], mm, `${BC_NAMES[first + i]}`));
  }
  t.is(BC.ADDVV + 5, BC.POW);
  t.is(BC_MM[BC.POW], MM.pow);
});

test("BCDEF's order is the installed luajit's (jit.vmdef)", (t) => {
  let names: string;
  try {
    names = execFileSync('luajit', ['-e', 'io.write(require("jit.vmdef").bcnames)'], { encoding: 'latin1', timeout: 10_000 });
  } catch {
    t.log('luajit or jit.vmdef not installed: order checked against BCDEF only');
    t.pass();
    return;
  }
  const ref: string[] = [];
  for (let i = 0; i + 6 <= names.length; i += 6) ref.push(names.slice(i, i + 6).trim());
  t.deepEqual([...BC_NAMES], ref);
});
