// A pool of forked child processes running our VM: many programs per child, a fresh VM per program;
// a child that dies or overruns its time budget is killed, replaced, and its program recorded crash/timeout.
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { rmSync } from 'node:fs';
import { workerDirectory } from './rundir.js';

export interface WorkerRequest {
  id: number;
  source: string;
  chunkname: string;
  maxInstructions?: number;
  jit?: { on?: boolean; opt?: string[] };
}

export interface WorkerReply {
  id: number;
  status: 'ok' | 'error' | 'timeout' | 'crash';
  stdout: string;
  error?: string;
  ms: number;
  /** Bytecodes the program executed (runSource's instruction clock), when the VM returned. */
  instructions?: number;
}

interface Slot {
  child: ChildProcess;
  busy: { req: WorkerRequest; resolve: (r: WorkerReply) => void; timer: NodeJS.Timeout } | null;
  dead: boolean;
}

/** Fixed-size pool of VM children. run() queues when every child is busy. */
export class ChildPool {
  private slots: Slot[] = [];
  private queue: { req: WorkerRequest; timeoutMs: number; resolve: (r: WorkerReply) => void }[] = [];
  private nextId = 1;
  /** Children started so far (replacements included), for tests and stats. */
  started = 0;

  constructor(private readonly size: number, private readonly vmModule?: string) {}

  run(req: Omit<WorkerRequest, 'id'>, timeoutMs: number): Promise<WorkerReply> {
    return new Promise((resolve) => {
      this.queue.push({ req: { ...req, id: this.nextId++ }, timeoutMs, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    for (const s of this.slots) this.kill(s);
    this.slots = [];
  }

  private pump(): void {
    while (this.queue.length > 0) {
      this.slots = this.slots.filter((s) => !s.dead);
      let slot = this.slots.find((s) => !s.busy);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      const s = slot;
      const timer = setTimeout(() => {
        this.kill(s);
        this.finish(s, { id: job.req.id, status: 'timeout', stdout: '', error: `timeout after ${job.timeoutMs} ms`,
          ms: job.timeoutMs });
      }, job.timeoutMs);
      s.busy = { req: job.req, resolve: job.resolve, timer };
      s.child.send(job.req);
    }
  }

  private spawn(): Slot {
    const worker = join(dirname(fileURLToPath(import.meta.url)), 'worker.js');
    const child = fork(worker, this.vmModule ? [this.vmModule] : [], {
      serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    this.started++;
    const slot: Slot = { child, busy: null, dead: false };
    child.on('message', (r: WorkerReply) => {
      if (slot.busy && slot.busy.req.id === r.id) this.finish(slot, r);
    });
    child.on('exit', (code, signal) => {
      slot.dead = true;
      // A killed worker cannot remove its working directory itself.
      if (child.pid !== undefined) rmSync(workerDirectory(child.pid), { recursive: true, force: true });
      if (slot.busy) {
        const how = signal ? `killed by ${signal}` : `exited with code ${code}`;
        this.finish(slot, { id: slot.busy.req.id, status: 'crash', stdout: '', error: `VM child ${how}`, ms: 0 });
      }
    });
    this.slots.push(slot);
    return slot;
  }

  private finish(slot: Slot, r: WorkerReply): void {
    const b = slot.busy;
    if (!b) return;
    slot.busy = null;
    clearTimeout(b.timer);
    b.resolve(r);
    this.pump();
  }

  private kill(s: Slot): void {
    s.dead = true;
    if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
  }
}
