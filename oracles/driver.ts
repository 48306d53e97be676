// One persistent reference interpreter process (luajit or lua5.1) speaking luajit-driver.lua's protocol.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { existsSync } from 'node:fs';

/** Path of the Lua driver, next to this file in the source tree (dist/oracles/ -> oracles/). */
export function driverPath(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (const p of [resolve(here, 'luajit-driver.lua'), resolve(here, '../../oracles/luajit-driver.lua')]) {
    if (existsSync(p)) return p;
  }
  throw new Error('oracles/luajit-driver.lua not found');
}

/** What one program did inside the driver. */
export interface DriverReply {
  status: 'ok' | 'error' | 'crash' | 'timeout';
  stdout: string;
  error: string;
  exit?: number | string;
}

const HEADER = /^TFZ (ok|error) (\d+) (\d+)\n/;

/** A reference process fed programs over stdin, one at a time. After a timeout or a crash it is dead;
 *  the owner replaces it. */
export class DriverProcess {
  private proc: ChildProcess;
  private buf: Buffer = Buffer.alloc(0);
  private pending: { resolve: (r: DriverReply) => void; timer: NodeJS.Timeout } | null = null;
  dead = false;

  constructor(binary: string, args: string[]) {
    this.proc = spawn(binary, [...args, driverPath()], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.proc.stdout!.on('data', (d: Buffer) => { this.buf = Buffer.concat([this.buf, d]); this.parse(); });
    this.proc.stderr!.on('data', () => { /* the driver itself never writes there; ignore noise */ });
    this.proc.stdin!.on('error', () => { /* EPIPE after a crash: reported through 'exit' */ });
    this.proc.on('error', () => this.die({ status: 'crash', stdout: '', error: 'driver could not start' }));
    this.proc.on('exit', (code, signal) => {
      const how = signal ? `killed by ${signal}` : `exited with code ${code}`;
      this.die({ status: 'crash', stdout: '', error: `reference process ${how}`, exit: signal ?? code ?? undefined });
    });
  }

  /** Run one program; resolves with 'timeout' (and kills the process) after timeoutMs. */
  run(source: string, timeoutMs: number): Promise<DriverReply> {
    if (this.dead) return Promise.resolve({ status: 'crash', stdout: '', error: 'reference process is dead' });
    if (this.pending) throw new Error('DriverProcess.run while busy');
    return new Promise((resolveRun) => {
      const timer = setTimeout(() => {
        this.pending = null;
        this.kill();
        resolveRun({ status: 'timeout', stdout: '', error: `timeout after ${timeoutMs} ms` });
      }, timeoutMs);
      this.pending = { resolve: resolveRun, timer };
      const body = Buffer.from(source, 'latin1');
      this.proc.stdin!.write(Buffer.concat([Buffer.from(`${body.length}\n`, 'latin1'), body]));
    });
  }

  kill(): void {
    this.dead = true;
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill('SIGKILL');
  }

  private parse(): void {
    const head = this.buf.subarray(0, 64).toString('latin1');
    const m = HEADER.exec(head);
    if (!m) return;
    const outLen = Number(m[2]), errLen = Number(m[3]);
    const start = m[0].length;
    if (this.buf.length < start + outLen + errLen) return;
    const stdout = this.buf.subarray(start, start + outLen).toString('latin1');
    const error = this.buf.subarray(start + outLen, start + outLen + errLen).toString('latin1');
    this.buf = this.buf.subarray(start + outLen + errLen);
    const p = this.pending;
    this.pending = null;
    if (p) { clearTimeout(p.timer); p.resolve({ status: m[1] as 'ok' | 'error', stdout, error }); }
  }

  private die(r: DriverReply): void {
    this.dead = true;
    const p = this.pending;
    this.pending = null;
    if (p) { clearTimeout(p.timer); p.resolve(r); }
  }
}
