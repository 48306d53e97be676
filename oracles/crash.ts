// The text of a JS exception that escaped our VM (a 'crash'): name, message and the stack's top frame in
// our own code, normalised so that one bug always gives one text (the harness signs crashes by it).
import { fileURLToPath } from 'node:url';
import { dirname, isAbsolute, relative, sep } from 'node:path';

/** The compiled tree (dist/): this file is dist/oracles/crash.js. Frames are named relative to it. */
const DIST_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/** Frames V8 keeps per exception in the worker: enough to get past native and node-internal frames
 *  (Array.prototype.push, Buffer.from...) to ours. Lua errors are not Error objects, so this costs nothing
 *  on the VM's hot paths. */
export const CRASH_STACK_FRAMES = 30;

// "    at NAME (LOCATION:LINE:COL)" or "    at LOCATION:LINE:COL"; LOCATION may be a file:// URL.
const FRAME = /^\s*at (?:(.+?) \()?(.+?):(\d+):\d+\)?$/;
// A JS stack overflow: where the stack runs out depends on how deep it already was, not on the bug.
const STACK_OVERFLOW = /Maximum call stack size exceeded/;

interface Frame { fn: string; file: string; line: string }

/** The frames of `stack` that lie in dist/, as "fn (path/in/dist.js:line)", top first. */
function ourFrames(stack: string): Frame[] {
  const frames: Frame[] = [];
  for (const text of stack.split('\n')) {
    const m = FRAME.exec(text);
    if (!m) continue;
    let file = m[2]!;
    if (file.startsWith('file://')) {
      try { file = fileURLToPath(file); } catch { continue; }
    }
    if (!isAbsolute(file)) continue;  // node:internal/..., native, <anonymous>
    const rel = relative(DIST_ROOT, file);
    if (rel.startsWith('..') || isAbsolute(rel)) continue;
    frames.push({ fn: m[1] ?? '<anonymous>', file: rel.split(sep).join('/'), line: m[3]! });
  }
  return frames;
}

const show = (f: Frame): string => `${f.fn} (${f.file}:${f.line})`;

/**
 * "JS exception: TypeError: x is not a function at getTab (jit/vm/tab.js:123)": the first line of the
 * message, then the top frame in dist/ (no absolute path, no column). For a JS stack overflow the frame
 * is the least, in text order, of the recorded frames: a recursion's cycle shows the same set of frames
 * whatever depth it ran out at, so its least member is stable where the top one is not.
 */
export function crashText(e: unknown): string {
  if (!(e instanceof Error)) {
    const ctor = typeof e === 'object' && e !== null ? e.constructor?.name : undefined;
    const msg = typeof e === 'object' && e !== null && 'message' in e ? String((e as { message: unknown }).message) : String(e);
    return `JS exception: ${ctor && ctor !== 'Object' ? `${ctor}: ` : ''}${msg.split('\n')[0]}`;
  }
  const head = `JS exception: ${e.name}: ${e.message.split('\n')[0]}`;
  const frames = ourFrames(e.stack ?? '');
  if (frames.length === 0) return head;
  const pick = STACK_OVERFLOW.test(e.message) ? frames.map(show).sort()[0]! : show(frames[0]!);
  return `${head} at ${pick}`;
}
