// Bytecode dumps against luajit's: string.dump of every function in the golden, benchmark, conformance and
// error corpora (plus generated edge cases) must be luajit's bytes, and dumps must read back to the same Proto.
import test from 'ava';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bcwrite, ktabFromProto, PROTO_DUMP_FLAGS, type KTabDump } from '../../jit/bytecode/bcwrite.js';
import { bcread } from '../../jit/bytecode/bcread.js';
import type { Proto, KTable } from '../../jit/bytecode/proto.js';
import { compile } from '../../jit/frontend/compile.js';
import { newState } from '../../jit/vm/run.js';
import { loadString, dumpProto } from '../../jit/vm/load.js';
import { protoOf } from '../../jit/vm/state.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const LUAJIT_TIMEOUT_MS = 120_000;

// -- The reference's dumps --------------------------------------------------------

/** Run in a corpus folder: writes NAME.g (string.dump(f)) and NAME.s (stripped) for each loadable NAME.lua. */
const DRIVER = `
local out = arg[1]
for i = 2, #arg do
  local name = arg[i]
  local f = loadfile(name .. ".lua")
  if f then
    for _, strip in ipairs({false, true}) do
      local fh = assert(io.open(out .. "/" .. name .. (strip and ".s" or ".g"), "wb"))
      fh:write(string.dump(f, strip))
      fh:close()
    end
  end
end
`;

/** Programs that stress the format: wide line info, many constants, odd numbers, nested tables and upvalues. */
function edgePrograms(): Record<string, string> {
  const lines = (n: number): string => '\n'.repeat(n);
  const manyk: string[] = ['local t = {}'];
  for (let i = 1; i <= 300; i++) manyk.push(`t.k${i} = ${i}.5 t["${'s'.repeat(i)}"] = ${-i * 100000}`);
  const adds: string[] = [];
  for (let i = 1; i <= 300; i++) adds.push(`x = x + ${i}`);
  return {
    lines300: `local function f(x)\n${adds.join('\n')}\nreturn x end\nreturn f\n`,
    lines70k: `local function f(x)${lines(70000)}return x + 1.5 end\nlocal y = 1${lines(70000)}return f, y\n`,
    manyk: manyk.join('\n') + '\n',
    nums: `local a = {0/0, -0/0, 1/0, -1/0, 2^31, -2^31, 2^31-1, -2^31-1, 2^32, 2^53, -2^53, 0.1, -0.1, 1e-310, 65535, 65536, -65536, -32768, -32769, 1/3}
local b = {[1.5] = 1, [2^40] = true, [-1] = false, [0] = "zero", [1] = 1, [2] = 2, [100] = 100, [-0.5] = -0.5}
local x = 2^31 + a[1] + 1e300 - 123456789012 + 4294967295 + 4294967296 + -4294967296 - 0.0 + 1e15
local y = {{1,2},{3,{4,5}}, nil, false, true, {[true] = false, [false] = true}}
return a, b, x, y, function(...) local u, v = ..., select('#', ...) return function() u = v; return u, a end end
`,
    upv: `local a, b, c = 1, 2, 3
local function f() a = a + 1; return function() return a + b + c, function() b = c end end end
for i = 1, 3 do local j = i; f = function() return j + i end end
for k, v in pairs({}) do local g = function() return k, v end end
while true do local k = 1; local g = function() return k end break end
repeat local r = 2; local h = function() return r end until true
goto skip
::skip::
do local q = 5; local function g2() return q end end
return f
`,
  };
}

interface Corpus { dir: string; names: string[] }

function corpora(edgeDir: string): Corpus[] {
  const list = (dir: string): Corpus => ({
    dir, names: existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.lua')).map((f) => f.slice(0, -4)).sort() : [],
  });
  return [
    list(join(ROOT, 'test', 'golden')),
    list(resolve(ROOT, '..', 'shared', 'bench')),
    list(join(ROOT, 'test', 'conformance')),
    list(join(ROOT, 'test', 'errors')),
    list(edgeDir),
  ].filter((c) => c.names.length > 0);
}

interface Case { name: string; source: string; ref: { g: string; s: string } }

/** luajit's dumps of every corpus program, made once for all the tests below. */
function referenceDumps(): Case[] {
  const work = mkdtempSync(join(tmpdir(), 'bcdump-'));
  try {
    const edgeDir = join(work, 'edge');
    const outDir = join(work, 'out');
    execFileSync('mkdir', ['-p', edgeDir, outDir]);
    for (const [name, src] of Object.entries(edgePrograms())) writeFileSync(join(edgeDir, name + '.lua'), src, 'latin1');
    writeFileSync(join(work, 'driver.lua'), DRIVER);
    const cases: Case[] = [];
    corpora(edgeDir).forEach((c, i) => {
      const out = join(outDir, String(i));
      execFileSync('mkdir', ['-p', out]);
      execFileSync('luajit', [join(work, 'driver.lua'), out, ...c.names], { cwd: c.dir, timeout: LUAJIT_TIMEOUT_MS });
      for (const name of c.names) {
        if (!existsSync(join(out, name + '.g'))) continue; // a program luajit cannot compile
        cases.push({
          name,
          source: readFileSync(join(c.dir, name + '.lua'), 'latin1'),
          ref: { g: readFileSync(join(out, name + '.g'), 'latin1'), s: readFileSync(join(out, name + '.s'), 'latin1') },
        });
      }
    });
    return cases;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const CASES = referenceDumps();

// -- Helpers ----------------------------------------------------------------------

/** string.dump(f, strip) of the main function of `source` in our VM (template tables from the heap). */
function ourDump(source: string, chunkname: string, strip: boolean): string {
  const L = newState();
  try {
    const fn = loadString(L, source, chunkname);
    if (typeof fn === 'string') throw new Error(fn);
    return dumpProto(L, protoOf(L, fn)!, strip);
  } finally {
    L.g.close();
  }
}

function readOk(dump: string): Proto {
  const pt = bcread(dump, 0, '=test');
  if (typeof pt === 'string') throw new Error(pt);
  return pt;
}

/** Prototypes in the order a dump holds them: each one's children (by constant index) before it. */
function dumpOrder(pt: Proto, out: Proto[] = []): Proto[] {
  for (const k of pt.kgc) if (typeof k === 'object' && !('kind' in k)) dumpOrder(k, out);
  out.push(pt);
  return out;
}

/** A dump cut into its header, its prototypes and what follows them (the end marker). */
function protoSegments(dump: string): { header: string; segs: string[]; tail: string } {
  let p = 5;
  const uleb = (): number => {
    let v = 0;
    let sh = 0;
    let b: number;
    do {
      b = dump.charCodeAt(p++);
      v += (b & 0x7f) * 2 ** sh;
      sh += 7;
    } while (b >= 0x80);
    return v;
  };
  if (!(dump.charCodeAt(4) & 2)) {
    const namelen = uleb();
    p += namelen;
  }
  const header = dump.slice(0, p);
  const segs: string[] = [];
  for (;;) {
    const start = p;
    const len = uleb();
    if (len === 0) return { header, segs, tail: dump.slice(start) };
    p += len;
    segs.push(dump.slice(start, p));
  }
}

const keyText = (v: unknown): string => `${typeof v}:${String(v)}`;
/** Template layouts with hash entries sorted: dumps equal up to LuaJIT's (seeded) string hash order. */
const sortedLayout = (pt: Proto, idx: number): KTabDump => {
  const t = ktabFromProto(pt, idx);
  t.hash.sort((a, b) => (keyText(a[0]) < keyText(b[0]) ? -1 : keyText(a[0]) > keyText(b[0]) ? 1 : 0));
  return t;
};
const canonical = (dump: string, strip: boolean): string => bcwrite(readOk(dump), strip, sortedLayout);

/** A template whose node order depends on string hashes: two or more hash keys, one a string. */
const hashOrderDependent = (pt: Proto): boolean => pt.kgc.some((k) =>
  typeof k === 'object' && 'kind' in k && (k as KTable).hash.length >= 2 && (k as KTable).hash.some(([key]) => typeof key === 'string'));

// -- Tests ----------------------------------------------------------------------------

test('the corpus has many programs', (t) => {
  t.true(CASES.length >= 300, `only ${CASES.length} programs`);
});

test('string.dump is luajit\'s, byte for byte, for every function (up to string-key hash order)', (t) => {
  let functions = 0;
  let identical = 0;
  let hashOrder = 0;
  let dumps = 0;
  let dumpsIdentical = 0;
  for (const c of CASES) {
    for (const strip of [false, true]) {
      const ref = strip ? c.ref.s : c.ref.g;
      const ours = ourDump(c.source, `@${c.name}.lua`, strip);
      dumps++;
      if (ours === ref) dumpsIdentical++;
      const { header: ha, segs: a, tail: ta } = protoSegments(ours);
      const { header: hb, segs: b, tail: tb } = protoSegments(ref);
      t.is(ha, hb, `${c.name}: header`);
      t.is(ta, tb, `${c.name}: end`);
      t.is(a.length, b.length, `${c.name}: number of functions`);
      const protos = dumpOrder(readOk(ref));
      for (let i = 0; i < b.length; i++) {
        functions++;
        if (a[i] === b[i]) identical++;
        else {
          t.true(protos[i] !== undefined && hashOrderDependent(protos[i]!), `${c.name} (strip ${strip}): function ${i} differs`);
          hashOrder++;
        }
      }
      t.is(canonical(ours, strip), canonical(ref, strip), `${c.name} (strip ${strip})`);
    }
  }
  t.log(`${identical} of ${functions} function dumps byte-identical to luajit's; ${hashOrder} differ only in the `
    + `order of string keys in template tables (luajit's own order changes from run to run); `
    + `${dumpsIdentical} of ${dumps} whole dumps identical`);
});

test('a dump reads back to a Proto that writes the same bytes', (t) => {
  for (const c of CASES) {
    for (const strip of [false, true]) {
      const ours = ourDump(c.source, `@${c.name}.lua`, strip);
      t.is(bcwrite(readOk(ours), strip), ours, `${c.name} (strip ${strip})`);
    }
  }
});

test('the compiler\'s Proto and the Proto read from luajit\'s dump agree', (t) => {
  for (const c of CASES) {
    const pt = compile(c.source, `@${c.name}.lua`);
    const back = readOk(c.ref.g);
    const strip = (p: Proto): unknown => dumpOrder(p).map((q) => ({
      firstline: q.firstline, numline: q.numline, numparams: q.numparams, flags: q.flags & PROTO_DUMP_FLAGS, framesize: q.framesize,
      bc: Array.from(q.bc), lineinfo: Array.from(q.lineinfo), knum: q.knum.map((n) => (Object.is(n, -0) ? 0 : n)),
      kgc: q.kgc.map((k) => (typeof k === 'string' ? k : 'kind' in k ? 'table' : 'proto')),
      uv: q.uv, uvnames: q.uvnames, varinfo: q.varinfo, chunkname: q.chunkname,
    }));
    t.deepEqual(strip(back), strip(pt), c.name);
  }
});

test('luajit\'s dumps load in our VM and dump again as luajit dumps them', (t) => {
  for (const c of CASES) {
    for (const strip of [false, true]) {
      const ref = strip ? c.ref.s : c.ref.g;
      // A stripped dump is named by the load name: give the one the reference used.
      const again = ourDump(ref, `@${c.name}.lua`, strip);
      t.is(canonical(again, strip), canonical(ref, strip), `${c.name} (strip ${strip})`);
    }
  }
});

test('big-endian dumps (as a big-endian LuaJIT writes them) read back the same', (t) => {
  for (const c of CASES) {
    const pt = readOk(c.ref.g);
    const be = bcwrite(pt, false, ktabFromProto, true);
    t.is(be.charCodeAt(4) & 1, 1);
    t.is(bcwrite(readOk(be), false), bcwrite(pt, false), c.name);
  }
});

test('every truncation of a dump is refused with luajit\'s messages', (t) => {
  const d = ourDump('local t = {1, 2, x = 3}\nreturn function(a) return a + 1.5, "s", t end\n', '@t.lua', false);
  for (let i = 1; i < d.length; i++) {
    const r = bcread(d.slice(0, i), 0, '=x');
    t.is(r, i < 5 ? 'x: cannot load incompatible bytecode' : 'x: cannot load malformed bytecode', `prefix ${i}`);
  }
  t.is(bcread(d + '\0', 0, d + '\0'), '(binary): cannot load malformed bytecode');
  t.is(typeof bcread(d, 0, '@dir/f.lua'), 'object');
  t.is(bcread('\x1bLJ\x02\x08\x00\x00', 0, 'name\0rest'), 'name: cannot load malformed bytecode');
  t.is(bcread('\x1bLJ\x02\x00' + '\0'.repeat(16), 0, '\x1bxx'), '(binary): cannot load incompatible bytecode');
});
