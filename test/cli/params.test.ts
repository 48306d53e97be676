// jit/params.ts against the reference: -O levels and flags turn on the same flags as luajit's jit.status().
import test from 'ava';
import { execa } from 'execa';
import { JIT_FLAGS, JIT_PARAMS, JIT_OPTS, defaultOptState, applyOpt, splitCmdArgs, checkOptArgs } from '../../jit/params.js';

/** Flags luajit reports as on after `-O<opt>` (jit.status also lists CPU features: keep only flag names). */
async function luajitFlags(opt: string): Promise<string[]> {
  const names = new Set(JIT_FLAGS.map((d) => d.name));
  const r = await execa('luajit', [`-O${opt}`, '-e', 'io.write(table.concat({select(2, jit.status())}, " "))']);
  return String(r.stdout).split(' ').filter((s) => names.has(s));
}

function ourFlags(opt: string): string[] {
  const state = defaultOptState();
  const err = checkOptArgs(state, splitCmdArgs(opt));
  if (err !== undefined) throw new Error(err);
  return JIT_FLAGS.map((d) => d.name).filter((n) => state.flags[n]);
}

for (const opt of ['', '0', '1', '2', '3', '7', '1,+sink', '3,-fold,nocse,no-dce', '2,+abc,0,+fuse', '0,3,-loop', 'hotloop=1,1']) {
  test(`-O${opt} sets the flags luajit sets`, async (t) => {
    t.deepEqual(ourFlags(opt), await luajitFlags(opt));
  });
}

test('flag order and names are the reference\'s (jit.status at default)', async (t) => {
  t.deepEqual(JIT_FLAGS.map((d) => d.name), await luajitFlags(''));
});

test('every param accepts name=digits and rejects other shapes', (t) => {
  for (const d of JIT_PARAMS) {
    const state = defaultOptState();
    t.true(applyOpt(state, `${d.name}=7`));
    t.is(state.params[d.name], 7);
    t.false(applyOpt(state, `${d.name}=7x`));
    t.false(applyOpt(state, `+${d.name}`));
  }
});

test('names are unique across flags and params', (t) => {
  t.is(new Set(JIT_OPTS.map((d) => d.name)).size, JIT_OPTS.length);
});

test('a rejected argument leaves the state unchanged', (t) => {
  const state = defaultOptState();
  const before = JSON.stringify(state);
  t.false(applyOpt(state, 'hotloop=-1'));
  t.false(applyOpt(state, 'bogus'));
  t.is(JSON.stringify(state), before);
});
