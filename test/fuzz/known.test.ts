// The known reference differences (fuzz/verdict/known.ts) are real on the installed references:
// each example diverges as the entry says, and the diagnosis and verdict name that entry.
import test from 'ava';
import { openOracles } from '../../oracles/registry.js';
import { examine } from '../../fuzz/runner.js';
import { KNOWN_DIFFERENCES } from '../../fuzz/verdict/known.js';

for (const k of KNOWN_DIFFERENCES) {
  test(`known difference ${k.id}: its example shows it`, async (t) => {
    const names = [...new Set(k.exampleGroups.flat())];
    const oracles = await openOracles(names, { jobs: 1, luajitOpt: ['hotloop=1'] }, (l) => t.log(l));
    try {
      t.is(oracles.length, names.length, 'every reference the example needs is installed');
      const ex = await examine(oracles, k.example, { timeoutMs: 20_000 });
      t.truthy(ex, 'the example diverges');
      t.deepEqual(ex!.divergence.groups, k.exampleGroups);
      t.is(ex!.judgement.known?.id, k.id, ex!.diagnosis.signature);
    } finally {
      for (const o of oracles) await o.close();
    }
  });
}
