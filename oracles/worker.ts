// Child-process entry of the VM pool: runs programs sent by pool.ts, a fresh VM per program, in a private
// working directory holding prog.lua (as `luats -joff prog.lua` run in its own directory).
// argv[2] (optional) is the module that exports runSource; default: our VM (jit/index.js).
import { pathToFileURL } from 'node:url';
import type { WorkerRequest, WorkerReply } from './pool.js';
import { RunDirectory, workerDirectory } from './rundir.js';
import { crashText, CRASH_STACK_FRAMES } from './crash.js';

type RunSource = (source: string, opts: { chunkname?: string; script?: string; maxInstructions?: number;
  jit?: { on?: boolean; opt?: string[] } }) =>
  { status: string; stdout: string; error?: string; exitCode?: number; instructions?: number };

const modulePath = process.argv[2];
const vm = (modulePath ? await import(pathToFileURL(modulePath).href) : await import('../jit/index.js')) as
  { runSource: RunSource };

// Module state of the VM is none that a program can see (scratch buffers, caches of parsed patterns and
// formats, the address-space map a closed VM gives back), so only the process's own state is ours to
// reset: the working directory.
const dir = new RunDirectory('', workerDirectory(process.pid));
process.chdir(dir.path);
Error.stackTraceLimit = CRASH_STACK_FRAMES;
// Crash texts name frames in dist/*.js whoever started us (ava and node --enable-source-maps would map
// them to the .ts sources): one bug, one text.
process.setSourceMapsEnabled(false);

process.on('message', (req: WorkerRequest) => {
  const t0 = performance.now();
  let reply: WorkerReply;
  try {
    dir.write(req.source);
    // luats gives a script file `arg` (arg[0] = its name).
    const script = req.chunkname.startsWith('@') ? req.chunkname.slice(1) : undefined;
    const r = vm.runSource(req.source, { chunkname: req.chunkname, script, maxInstructions: req.maxInstructions, jit: req.jit });
    let status: WorkerReply['status'] = r.status === 'ok' || r.status === 'error' || r.status === 'timeout' ? r.status : 'crash';
    let error = r.error;
    // os.exit(c): a process exiting with c != 0 is an error with nothing on stderr, as for a reference.
    if (status === 'ok' && r.exitCode !== undefined && r.exitCode !== 0) { status = 'error'; error = ''; }
    reply = { id: req.id, status, stdout: r.stdout, error, ms: performance.now() - t0 };
    if (typeof r.instructions === 'number') reply.instructions = r.instructions;
    if (status === 'timeout') reply.error = r.error ?? `instruction budget of ${req.maxInstructions} exhausted`;
  } catch (e) {
    // A JS exception out of the VM is a finding about the VM, not the end of the campaign.
    reply = { id: req.id, status: 'crash', stdout: '', error: crashText(e), ms: performance.now() - t0 };
  }
  try { dir.tidy(); } catch { /* the next write replaces prog.lua; leftovers are only files */ }
  process.send!(reply);
});
process.on('disconnect', () => { dir.remove(); process.exit(0); });
