// Run a chunk in a fresh VM state: the one entry point behind jit/index.ts. (luajit.c, lj_state.c)
import type { RunOptions, RunResult } from '../index.js';
import type { Proto } from '../bytecode/proto.js';
import { u32 } from './heap.js';
import { T, TMPTV } from './obj.js';
import { startPacing, finalizeAll } from './gc.js';
import { newLFunc } from './func.js';
import { LuaState, newGlobal, newCFunction, FRAME_SLOTS } from './state.js';
import { tracebackText } from './lib/debug.js';
import { protoLoc } from './debug.js';
import { call } from './interp.js';
import { LuaError, BudgetExceeded, VMExit } from './err.js';
import { loadProto, readChunk } from './load.js';
import { flushOut, writeOut } from './lib/base.js';
import { openLibs } from './lib/init.js';
import { compile, LuaSyntaxError } from '../frontend/compile.js';
import { listProto } from '../bytecode/list.js';
import { toStringRaw, toStringMeta } from './api.js';
import { metaLookup } from './meta.js';
import { MM } from '../bytecode/bcdef.js';
import { applyOpt } from '../params.js';
import { initHotcount } from './dispatch.js';
import { attachVerbose, attachDump, NO_RECORDER, type Locate, type Sink } from '../trace/verbose.js';
import { openSync, writeSync } from 'node:fs';

/** Lua source as a byte string. */
const asBytes = (source: string | Uint8Array): string =>
  typeof source === 'string' ? source : Buffer.from(source).toString('latin1');

/**
 * A fresh VM with its libraries opened and its JIT settings applied: one call, sharing nothing with
 * any other VM. Close it (L.g.close()) when done with it.
 */
export function newState(opts: RunOptions = {}): LuaState {
  const L = newGlobal(opts.heapLimit);
  const g = L.g;
  g.faults = opts.faults ?? 0;
  g.globals = L.newTab(0, 6);
  // luajit.c sets this before opening the libraries, so package ignores LUA_PATH and LUA_CPATH.
  if (opts.noEnv) u32[(L.tsetStr(g.registry, L.str('LUA_NOENV')) << 1) + 1] = T.TRUE;
  openLibs(L);
  applyJitOptions(L, opts);
  startPacing(g);
  return L;
}

/** -j and -O settings: on/off, the -O arguments in order, then -jv/-jdump/-jflush, as luajit applies them. */
function applyJitOptions(L: LuaState, opts: RunOptions): void {
  const J = L.g.J;
  if (opts.jit?.on !== undefined) J.on = opts.jit.on;
  const opt = J.getOpt();
  for (const arg of opts.jit?.opt ?? []) {
    if (!applyOpt(opt, arg)) throw new Error(`luats: unknown or malformed optimization flag '${arg}'`);
  }
  J.setOpt(opt);
  initHotcount(L.g.addr, J.param('hotloop'));
  for (const cmd of opts.jit?.cmds ?? []) {
    const eq = cmd.indexOf('=');
    const name = eq < 0 ? cmd : cmd.slice(0, eq);
    const arg = eq < 0 ? undefined : cmd.slice(eq + 1);
    if (name === 'v') attachVerbose(J, locator(L), sink(L, arg ?? process.env.LUAJIT_VERBOSEFILE, 'stderr'));
    else if (name === 'dump') {
      // -jdump=opts[,file]: the options select what to show; only start/abort lines exist yet.
      const file = arg?.includes(',') ? arg.slice(arg.indexOf(',') + 1) : undefined;
      attachDump(J, locator(L), sink(L, file ?? process.env.LUAJIT_DUMPFILE, 'stdout'));
    } else if (name === 'check') {
      // Exit-state checking compares traces with the interpreter: there are no traces yet.
      sink(L, undefined, 'stderr')(`luats: -jcheck: ${NO_RECORDER}; nothing is checked\n`);
    }
  }
}

/** "chunk:line" of a PC, as jit/v.lua prints a trace's start. */
function locator(L: LuaState): Locate {
  return (pc) => {
    const pt = L.g.protos.find((p) => pc >= p.pcBase && pc < p.pcBase + p.bc.length);
    return pt === undefined ? '?' : protoLoc(pt, pc - pt.pcBase);
  };
}

/** A report destination: a file (overwritten), "-" for stdout, or the module's default. */
function sink(L: LuaState, file: string | undefined, dflt: 'stdout' | 'stderr'): Sink {
  const toStdout: Sink = (s) => writeOut(L, s);
  const toStderr: Sink = (s) => { writeSync(2, Buffer.from(s, 'latin1')); };
  if (file === undefined || file === '') return dflt === 'stdout' ? toStdout : toStderr;
  if (file === '-') return toStdout;
  const fd = openSync(file, 'w');
  return (s) => { writeSync(fd, Buffer.from(s, 'latin1')); };
}

function setArgTable(L: LuaState, opts: RunOptions): void {
  if (opts.script === undefined && opts.args === undefined) return;
  const t = L.newTab(0, 0);
  if (opts.script !== undefined) L.setStr(L.tsetInt(t, 0), opts.script);
  (opts.args ?? []).forEach((a, i) => L.setStr(L.tsetInt(t, i + 1), a));
  const s = L.tsetStr(L.g.globals, L.str('arg'));
  u32[s << 1] = t; u32[(s << 1) + 1] = T.TAB;
}

/** Output runSource collects at most (bytes), unless RunOptions.maxOutput says otherwise. */
export const DEFAULT_MAX_OUTPUT = 64 << 20;

/** Compile and run `source` (a byte string or bytes) in a fresh VM. Never throws for Lua-level problems. */
export function runSource(source: string | Uint8Array, opts: RunOptions = {}): RunResult {
  const L = newState(opts);
  try {
    return runIn(L, source, opts);
  } finally {
    L.g.close();
  }
}

function runIn(L: LuaState, source: string | Uint8Array, opts: RunOptions): RunResult {
  const g = L.g;
  const out: string[] = [];
  // Collected output is bounded (a JS string cannot grow past 2^29 characters): a runaway printer
  // ends as a timeout would, as the harness's reference drivers stop one.
  const maxOutput = opts.maxOutput ?? DEFAULT_MAX_OUTPUT;
  let outLen = 0, overflow = false;
  g.write = opts.write ?? ((s: string) => {
    if (overflow) return; // the run is ending: later flushes add nothing
    outLen += s.length;
    if (outLen > maxOutput) { overflow = true; out.push(s.slice(0, s.length - (outLen - maxOutput))); throw new BudgetExceeded(); }
    out.push(s);
  });
  g.budget = opts.maxInstructions ?? Infinity;
  const result = (status: RunResult['status'], error?: string, traceback?: string): RunResult => {
    flushOut(L);
    if (status === 'timeout' && overflow) error = `output over ${maxOutput} bytes`;
    return { status, stdout: out.join(''), error, traceback, instructions: g.clock, heapTouched: g.mem.touched };
  };
  setArgTable(L, opts);
  let proto: Proto;
  try {
    proto = readChunk(asBytes(source), opts.chunkname ?? '=stdin');
  } catch (e) {
    if (e instanceof LuaSyntaxError) return result('error', e.message);
    throw e;
  }
  try {
    const fn = newLFunc(g, loadProto(L, proto), g.globals) || L.errMem();
    // As luajit.c, the chunk is called by a C function (its pmain): tracebacks end with it.
    const pmain = newCFunction(L, 'pmain', (L2, b, n) => {
      const fslot = b + n;
      u32.copyWithin((fslot + 2) << 1, (b + 1) << 1, (b + n) << 1);
      u32[fslot << 1] = u32[b << 1]; u32[(fslot << 1) + 1] = T.FUNC;
      call(L2, fslot, n - 1, 0);
      return 0;
    });
    const fslot = L.base;
    u32[fslot << 1] = pmain; u32[(fslot << 1) + 1] = T.FUNC;
    u32[(fslot + 2) << 1] = fn; u32[((fslot + 2) << 1) + 1] = T.FUNC;
    const args = opts.args ?? [];
    args.forEach((a, i) => L.setStr(fslot + 3 + i, a));
    L.top = fslot + 3 + args.length;
    call(L, fslot, args.length + 1, 0);
    return closeState(L, result('ok'), result);
  } catch (e) {
    if (e instanceof BudgetExceeded) return result('timeout');
    if (e instanceof VMExit) {
      const r = { ...result('ok'), exitCode: e.code };
      return e.close ? closeState(L, r, result) : r;
    }
    if (e instanceof LuaError) {
      const tb = traceback(L);
      return closeState(L, result('error', errorText(L, e), tb), result);
    }
    throw e;
  }
}

/**
 * What luajit.c's lua_close does at the end of a run: run the __gc of every userdata left, whose
 * output follows the run's. `r` is the run's result; `result` rebuilds it with the output since.
 */
function closeState(L: LuaState, r: RunResult, result: (s: RunResult['status']) => RunResult): RunResult {
  L.top = L.stack + FRAME_SLOTS;
  L.base = L.top;
  try {
    finalizeAll(L, call);
  } catch (e) {
    if (e instanceof BudgetExceeded) return result('timeout');
    if (e instanceof VMExit) return { ...r, ...result('ok'), status: r.status, exitCode: e.code };
    throw e;
  }
  return { ...r, ...result(r.status), error: r.error, traceback: r.traceback };
}

/** The text luajit prints after "luajit: " for an uncaught error value (undefined for nil: it prints nothing). */
function errorText(L: LuaState, e: LuaError): string | undefined {
  const s = L.g.tmp + TMPTV.ERROR_VALUE;
  u32[s << 1] = e.lo; u32[(s << 1) + 1] = e.hi;
  if (e.hi === T.STR || e.hi < T.ISNUM) return toStringRaw(L, s);
  if (e.hi === T.NIL) return undefined;
  // luajit.c: a non-string error object is shown through __tostring if it has one.
  try {
    if (metaLookup(L.g, s, MM.tostring) >= 0) return toStringMeta(L, s);
  } catch (e2) {
    if (!(e2 instanceof LuaError)) throw e2;
  }
  return '(error object is not a string)';
}

/** The traceback luajit prints for an uncaught error: from the frame that raised it (luajit.c traceback). */
function traceback(L: LuaState): string {
  // luajit.c's handler asks for level 1: the handler itself is level 0, the raising frame level 1.
  return tracebackText(L, L, 1, { base: L.errbase, pc: L.errpc - 1 }, 1);
}

/** Compile to a Proto (throws LuaSyntaxError with a Lua-shaped message). */
export function compileSource(source: string | Uint8Array, chunkname = '=stdin'): Proto {
  return readChunk(asBytes(source), chunkname);
}

/** The `-bl` listing of a chunk, byte-identical in shape to `luajit -bl`. */
export function listSource(source: string | Uint8Array, chunkname = '=stdin'): string {
  return listProto(compile(asBytes(source), chunkname));
}

