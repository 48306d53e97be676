// The module graph of jit/ as it runs (the compiled JavaScript, so type-only imports, which vanish,
// do not count): no import cycles, and the VM core does not import the libraries (only run.ts, the
// entry point that opens them, does).
import test from 'ava';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** dist/jit, from this file's compiled location (dist/test/vm/). */
const DIST_JIT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'jit');

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...jsFiles(p));
    else if (p.endsWith('.js')) out.push(p);
  }
  return out;
}

/** Module -> the jit/ modules it imports at run time (import and export-from with a relative path). */
function graph(): Map<string, string[]> {
  const g = new Map<string, string[]>();
  const spec = /^\s*(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]|^\s*import\s+['"](\.[^'"]+)['"]/gm;
  for (const file of jsFiles(DIST_JIT)) {
    const deps: string[] = [];
    for (const m of readFileSync(file, 'utf8').matchAll(spec)) {
      const target = resolve(dirname(file), m[1] ?? m[2]!);
      if (target.startsWith(DIST_JIT)) deps.push(target);
    }
    g.set(file, deps);
  }
  return g;
}

const name = (p: string): string => relative(DIST_JIT, p);

test('no import cycles among jit/ modules', (t) => {
  const g = graph();
  t.true(g.size > 30, `found ${g.size} modules under ${DIST_JIT}`);
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (m: string): void => {
    state.set(m, 'open');
    stack.push(m);
    for (const d of g.get(m) ?? []) {
      if (state.get(d) === 'open') cycles.push([...stack.slice(stack.indexOf(d)), d].map(name).join(' -> '));
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(m, 'done');
  };
  for (const m of g.keys()) if (!state.has(m)) visit(m);
  t.deepEqual(cycles, []);
});

test('the VM core does not import the libraries (only run.ts opens them)', (t) => {
  const g = graph();
  const vmDir = join(DIST_JIT, 'vm');
  const libDir = join(vmDir, 'lib');
  const offenders: string[] = [];
  for (const [m, deps] of g) {
    if (dirname(m) !== vmDir || name(m) === join('vm', 'run.js')) continue;
    for (const d of deps) if (d.startsWith(libDir + sep)) offenders.push(`${name(m)} imports ${name(d)}`);
  }
  t.deepEqual(offenders, []);
});
