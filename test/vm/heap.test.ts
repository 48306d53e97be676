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

test('strings past what the VM can hold are Lua errors, not aborts', (t) => {
  // 2^28 bytes doubled reaches MAX_STR (V8's string limit): each way of building it must fail
  // with a Lua error. LuaJIT itself would build these (its limit is 2 GB): a known difference.
  const src = `
    local s = string.rep("x", 2^28)
    print(pcall(function() return s .. s end))
    print(pcall(table.concat, {s, s}))
    print(pcall(string.format, "%s%s", s, s))
    print(pcall(string.gsub, s, "x+", "%0%0"))
    local n = 0
    print(load(function() n = n + 1 return n <= 2 and s or nil end))`;
  const r = runSource(src, { chunkname: '=big' });
  t.is(r.status, 'ok', r.error);
  t.is(r.stdout, [
    'false\tbig:3: string length overflow',
    'false\tnot enough memory',
    'false\tnot enough memory',
    'false\tnot enough memory',
    'nil\tnot enough memory',
  ].join('\n') + '\n');
});
