// Child-process entry of the VM pool: runs programs sent by pool.ts, a fresh VM per program.
// argv[2] (optional) is the module that exports runSource; default: our VM (jit/index.js).
import { pathToFileURL } from 'node:url';
import type { WorkerRequest, WorkerReply } from './pool.js';

type RunSource = (source: string, opts: { chunkname?: string; maxInstructions?: number;
  jit?: { on?: boolean; opt?: string[] } }) => { status: string; stdout: string; error?: string };

const modulePath = process.argv[2];
const vm = (modulePath ? await import(pathToFileURL(modulePath).href) : await import('../jit/index.js')) as
  { runSource: RunSource };

process.on('message', (req: WorkerRequest) => {
  const t0 = performance.now();
  let reply: WorkerReply;
  try {
    const r = vm.runSource(req.source, { chunkname: req.chunkname, maxInstructions: req.maxInstructions, jit: req.jit });
    const status = r.status === 'ok' || r.status === 'error' || r.status === 'timeout' ? r.status : 'crash';
    reply = { id: req.id, status, stdout: r.stdout, error: r.error, ms: performance.now() - t0 };
    if (status === 'timeout') reply.error = `instruction budget of ${req.maxInstructions} exhausted`;
  } catch (e) {
    // A JS exception out of the VM is a finding about the VM, not the end of the campaign.
    const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    reply = { id: req.id, status: 'crash', stdout: '', error: `JS exception: ${text}`, ms: performance.now() - t0 };
  }
  process.send!(reply);
});
process.on('disconnect', () => process.exit(0));
