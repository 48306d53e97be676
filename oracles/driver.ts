// One persistent reference interpreter process (luajit or lua5.1) running luajit-driver.lua: programs in
// prog.lua of its own directory, requests over a FIFO, program output and replies on its real stdout.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { existsSync, mkdtempSync, openSync, closeSync, writeSync, rmSync, constants as fsc } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { RunDirectory, RUN_ROOT } from './rundir.js';

/** Path of the Lua driver, next to this file in the source tree (dist/oracles/ -> oracles/). */
export function driverPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const p of [resolve(here, 'luajit-driver.lua'), resolve(here, '../../oracles/luajit-driver.lua')]) {
    if (existsSync(p)) return p;
  }
  throw new Error('oracles/luajit-driver.lua not found');
}

/** What one program did inside the driver: `stderr` is what a fresh process would have written there
 *  (for 'error'), or the description of a crash/timeout. 'fresh': the driver cannot give this program's
 *  result (it ended the process: os.exit, a crash; or it left a hook running), run it in a new process. */
export interface DriverReply {
  status: 'ok' | 'error' | 'crash' | 'timeout' | 'fresh';
  stdout: string;
  stderr: string;
  exit?: number | string;
}

/**
 * Sources after which the process is retired because the driver cannot undo what they may do:
 * setvbuf (glibc cannot give stdout its first buffer back, and buffering decides what a killed program
 * leaves on stdout), debug.setlocal/setupvalue (they reach the driver's own frames), ffi (C declarations,
 * metatypes, loaded libraries), jit.profile (a running profiler). A textual test, whole words only
 * (os.setlocale is harmless): cheap, and a false positive only costs a restart. The driver itself also
 * asks for retirement after a program that loaded ffi or jit.profile under a name built at run time.
 */
const RETIRE_AFTER = /\b(?:setvbuf|setlocal|setupvalue|ffi|profile)\b/;

/** After a kill, how long to wait for the pipes to drain before giving the result anyway (a program
 *  may have left a child process holding our stdout). */
const DRAIN_MS = 1000;
const MAX_STDERR = 1 << 16;
/** A reply: status, "!" when the driver asks to be retired after it (the program loaded ffi...), length. */
const HEADER = /^ (ok|error|fresh|hello|fatal)(!?) (\d+)\n/;
const HEADER_MAX = 40;
const OUT_INITIAL = 1 << 16;
/** Output kept per program; a program printing more is stopped as a timeout (status 'timeout'). */
export const MAX_OUTPUT = 64 << 20;

/** Whether a program may leave state behind that the persistent driver cannot restore. */
export function needsFreshProcess(source: string): boolean {
  return RETIRE_AFTER.test(source);
}

interface Pending {
  resolve: (r: DriverReply) => void;
  timer: NodeJS.Timeout;
  timedOut?: string;
}

/** A reference process fed programs one at a time. After a timeout, a crash, os.exit or a retiring
 *  program it is dead; the owner replaces it. */
export class DriverProcess {
  private readonly proc: ChildProcess;
  private readonly dir: RunDirectory;
  private fifoDir: string | null;
  private reqFd: number;
  private readonly mark: Buffer;
  /** stdout since the last reply: buf[0, len), grown by doubling (a program may print megabytes). */
  private buf: Buffer = Buffer.alloc(OUT_INITIAL);
  private len = 0;
  private scanFrom = 0;
  private err = '';
  private pending: Pending | null = null;
  /** Set by a program the driver cannot clean up after: the process ends once it has replied. */
  private retire = false;
  dead = false;

  /** `jitReset`: comma-separated jit.opt.start arguments restoring every JIT default (luajit only). */
  constructor(binary: string, args: string[], jitReset = '') {
    this.dir = new RunDirectory('tracefuzz-run-');
    this.fifoDir = mkdtempSync(join(RUN_ROOT, 'tracefuzz-req-'));
    const fifo = join(this.fifoDir, 'req');
    execFileSync('mkfifo', ['-m', '600', fifo]);
    // Read-write, so that opening never blocks and the driver's open for reading finds a writer.
    this.reqFd = openSync(fifo, fsc.O_RDWR);
    const nonce = randomBytes(16).toString('hex');
    this.mark = Buffer.from(`\0TFZ${nonce}`, 'latin1');
    this.proc = spawn(binary, [...args, driverPath(), fifo, nonce, jitReset],
      { cwd: this.dir.path, stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc.stdout!.on('data', (d: Buffer) => { this.append(d); this.parse(); });
    this.proc.stderr!.on('data', (d: Buffer) => { if (this.err.length < MAX_STDERR) this.err += d.toString('latin1'); });
    this.proc.on('error', () => this.ended(null, null, 'driver could not start'));
    this.proc.on('close', (code, signal) => this.ended(code, signal));
  }

  /** Run one program; resolves with 'timeout' (and kills the process) after timeoutMs. */
  run(source: string, timeoutMs: number): Promise<DriverReply> {
    if (this.dead) return Promise.resolve({ status: 'crash', stdout: '', stderr: 'reference process is dead' });
    if (this.pending) throw new Error('DriverProcess.run while busy');
    return new Promise((resolveRun) => {
      const timer = setTimeout(() => this.timeout(timeoutMs), timeoutMs);
      this.pending = { resolve: resolveRun, timer };
      this.err = '';
      try {
        this.dir.write(source);
        writeSync(this.reqFd, 'R\n');
      } catch (e) {
        // The harness failed, not the interpreter: a fresh process answers instead (as fail() does).
        this.finish({ status: 'fresh', stdout: '', stderr: `driver: cannot hand the program over: ${String(e)}` });
        this.kill();
        return;
      }
      if (needsFreshProcess(source)) this.retire = true;
    });
  }

  kill(): void {
    this.dead = true;
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill('SIGKILL');
    this.cleanUp();
  }

  // -- Replies ------------------------------------------------------------------------------------
  private get out(): Buffer { return this.buf.subarray(0, this.len); }

  private append(d: Buffer): void {
    if (this.len + d.length > MAX_OUTPUT) {
      // A runaway printer (often a minimisation candidate whose loop bound went): stop it as a
      // timeout would, keeping the output up to the limit; a string that large cannot even be built.
      d = d.subarray(0, Math.max(0, MAX_OUTPUT - this.len));
      if (this.pending && !this.pending.timedOut) this.overflow();
    }
    if (this.len + d.length > this.buf.length) {
      const bigger = Buffer.alloc(Math.max(this.buf.length * 2, this.len + d.length));
      this.buf.copy(bigger, 0, 0, this.len);
      this.buf = bigger;
    }
    d.copy(this.buf, this.len);
    this.len += d.length;
  }

  /** Drop the first n bytes (a reply and the output before it). */
  private consume(n: number): void {
    this.buf.copy(this.buf, 0, n, this.len);
    this.len -= n;
    if (this.len === 0 && this.buf.length > OUT_INITIAL) this.buf = Buffer.alloc(OUT_INITIAL);
  }

  private parse(): void {
    for (;;) {
      const at = this.out.indexOf(this.mark, this.scanFrom);
      if (at < 0) {
        this.scanFrom = Math.max(0, this.out.length - this.mark.length + 1);
        return;
      }
      const head = this.out.subarray(at + this.mark.length, at + this.mark.length + HEADER_MAX).toString('latin1');
      const m = HEADER.exec(head);
      if (!m) {
        if (head.length < HEADER_MAX && !head.includes('\n')) { this.scanFrom = at; return; }
        this.fail(`malformed driver reply ${JSON.stringify(head)}`);
        return;
      }
      const start = at + this.mark.length + m[0].length;
      const len = Number(m[3]);
      if (this.out.length < start + len) { this.scanFrom = at; return; }
      const stdout = this.out.subarray(0, at).toString('latin1');
      const text = this.out.subarray(start, start + len).toString('latin1');
      this.consume(start + len);
      this.scanFrom = 0;
      if (m[2] === '!') this.retire = true;
      this.onReply(m[1]!, stdout, text);
    }
  }

  private onReply(kind: string, stdout: string, text: string): void {
    if (kind === 'hello') { this.dropFifo(); return; }
    if (kind === 'fatal') { this.fail(text); return; }
    if (!this.pending || this.pending.timedOut) return;
    try {
      this.dir.tidy();
    } catch {
      this.retire = true;  // a directory we cannot clean: start afresh elsewhere
    }
    this.finish({ status: kind as 'ok' | 'error' | 'fresh', stdout, stderr: kind === 'error' ? text : '' });
    if (this.retire) this.kill();
  }

  // -- Ends -----------------------------------------------------------------------------------------
  private overflow(): void {
    clearTimeout(this.pending!.timer);
    this.stop(`output over ${MAX_OUTPUT} bytes`);
  }

  private timeout(ms: number): void {
    this.stop(`timeout after ${ms} ms`);
  }

  private stop(why: string): void {
    if (!this.pending) return;
    this.pending.timedOut = why;
    this.pending.timer = setTimeout(() => this.ended(null, 'SIGKILL'), DRAIN_MS);
    this.dead = true;
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill('SIGKILL');
  }

  // The process is gone. A timeout keeps the output written since the last reply (what a fresh process
  // killed at that point shows); any other end (os.exit, a signal, the driver's own failure) is answered
  // by a fresh process, which gives exactly what the program does alone.
  private ended(code: number | null, signal: NodeJS.Signals | null, why?: string): void {
    this.dead = true;
    const p = this.pending;
    if (p) {
      const stdout = this.out.toString('latin1');
      this.consume(this.len);
      if (p.timedOut) this.finish({ status: 'timeout', stdout, stderr: p.timedOut });
      else this.finish({ status: 'fresh', stdout, stderr: why ?? this.err, exit: signal ?? code ?? undefined });
    }
    this.cleanUp();
  }

  // The driver's own failure: the program's result is asked of a fresh process.
  private fail(why: string): void {
    this.finish({ status: 'fresh', stdout: '', stderr: `driver: ${why}` });
    this.kill();
  }

  private finish(r: DriverReply): void {
    const p = this.pending;
    this.pending = null;
    if (p) { clearTimeout(p.timer); p.resolve(r); }
  }

  private dropFifo(): void {
    if (this.fifoDir) rmSync(this.fifoDir, { recursive: true, force: true });
    this.fifoDir = null;
  }

  private cleanUp(): void {
    this.dropFifo();
    if (this.reqFd >= 0) { closeSync(this.reqFd); this.reqFd = -1; }
    if (!this.pending) this.dir.remove();
  }
}
