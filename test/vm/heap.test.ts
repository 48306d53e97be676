// Running out of heap is a Lua error, never a JS exception: every way a program can grow memory
// ends in "not enough memory" under a small heap limit, pcall catches it, and the VM goes on.
import test from 'ava';
import { runSource } from '../../jit/index.js';

/** Small enough to reach quickly, big enough for the libraries. */
const HEAP_LIMIT = 64 << 20;

const GROWERS: Record<string, string> = {
  'array part': 'local t = {} for i = 1, 1e8 do t[i] = i end',
  'hash part': 'local t = {} for i = 1, 1e8 do t["k" .. i] = i end',
  'string doubling': 'local s = "x" for i = 1, 40 do s = s .. s end',
  'string.rep': 'local s = string.rep("x", 2^30)',
  'table.concat': 'local t = {} for i = 1, 1e6 do t[i] = string.rep("y", 1000) end return table.concat(t)',
  'closures and upvalues': 'local t = {} for i = 1, 1e8 do t[i] = function() return i end end',
  'coroutines': 'local t = {} for i = 1, 1e8 do t[i] = coroutine.create(print) end',
  'nested tables': 'local t = {} for i = 1, 1e8 do t = {t, i} end',
};

for (const [what, src] of Object.entries(GROWERS)) {
  test(`${what}: not enough memory, as a Lua error`, (t) => {
    const r = runSource(src, { heapLimit: HEAP_LIMIT, chunkname: '=oom', maxInstructions: 1e9 });
    t.is(r.status, 'error');
    t.regex(r.error ?? '', /not enough memory$/);
  });
}

test('pcall catches running out of memory and the VM recovers the garbage', (t) => {
  const src = `
    local ok, e = pcall(function() local t = {} for i = 1, 1e8 do t[i] = {i} end end)
    print(ok, e)
    collectgarbage()
    local t = {}
    for i = 1, 1e5 do t[i] = {i} end
    print(#t, collectgarbage("count") < ${HEAP_LIMIT / 1024 / 2})`;
  const r = runSource(src, { heapLimit: HEAP_LIMIT, chunkname: '=oom' });
  t.is(r.status, 'ok', r.error);
  t.is(r.stdout, 'false\tnot enough memory\n100000\ttrue\n');
});
