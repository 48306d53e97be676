// The `luats` command line: luajit's options, parsed by hand in luajit's order. (luajit.c, jit/bcsave.lua)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runSource, compileSource } from './index.js';
import type { RunOptions, RunResult, Proto } from './index.js';
import { listProto } from './bytecode/list.js';
import { newState } from './vm/run.js';
import { fsErrorText } from './vm/lib/stdio.js';
import { loadProto, dumpProto } from './vm/load.js';
import { defaultOptState, splitCmdArgs, checkOptArgs, OPT_LEVEL_DEFAULT } from './params.js';

/*
 * luajit.c first scans argv (collectargs) to find where the script starts and to reject malformed
 * options, then runs -e/-l/-j/-O in order on one Lua state, then the script. Our VM offers one run per
 * fresh state (runSource), so the options become a list of steps:
 *   - -j and -O are validated here, in order, and handed to the VM as RunOptions.jit (they take
 *     effect for the whole run rather than from their position; nothing observable depends on that
 *     until the JIT lands);
 *   - code steps (LUA_INIT, -e chunks, -l modules, the script) run as one chunk when there is one,
 *     else through a small driver chunk that loadstring()s each step with its own chunk name, so
 *     later chunks see the globals earlier ones set, as they do in luajit.
 * The first step that cannot even start (bad -O, unknown -j, syntax error, unreadable script) cuts the
 * list: the steps before it run, then its error is printed, exactly the order luajit prints things in.
 */

const PROGNAME = 'luats';
const EXIT_OK = 0;
const EXIT_FAILURE = 1;
/** Flush buffered stdout when this many bytes are pending. */
const STDOUT_BUFFER_BYTES = 1 << 16;

const USAGE = `usage: ${PROGNAME} [options]... [script [args]...].
Available options are:
  -e chunk  Execute string 'chunk'.
  -l name   Require library 'name'.
  -b ...    Save or list bytecode.
  -j cmd    Perform LuaJIT control command.
  -O[opt]   Control LuaJIT optimizations.
  -i        Enter interactive mode after executing 'script'.
  -v        Show version information.
  -E        Ignore environment variables.
  --        Stop handling options.
  -         Execute stdin and stop handling options.
`;

const BC_USAGE = `Save LuaJIT bytecode: ${PROGNAME} -b[options] input output
  -l        Only list bytecode.
  -s        Strip debug info (default).
  -g        Keep debug info.
  -n name   Set module name (default: auto-detect from input name).
  -t type   Set output file type (default: auto-detect from output name).
  -a arch   Override architecture for object files (default: native).
  -o os     Override OS for object files (default: native).
  -e chunk  Use chunk string as input.
  --        Stop handling options.
  -         Use stdin as input and/or stdout as output.

File types: c h obj o raw (default)
`;

/** -j commands: the reference's jit.* functions and modules we mirror, plus our own extras. */
const JIT_CMDS = new Set(['on', 'off', 'flush', 'status', 'v', 'dump', 'check', 'json']);
const JIT_CMD_UNKNOWN = 'unknown luaJIT command or jit.* modules not installed';

// -- Output -----------------------------------------------------------------

/** Buffered byte-string writer on fd 1 (Lua output is latin1 byte strings). */
class StdoutSink {
  private parts: string[] = [];
  private pending = 0;
  readonly write = (s: string): void => {
    this.parts.push(s);
    this.pending += s.length;
    if (this.pending >= STDOUT_BUFFER_BYTES) this.flush();
  };
  flush(): void {
    if (this.pending === 0) return;
    process.stdout.write(Buffer.from(this.parts.join(''), 'latin1'));
    this.parts = [];
    this.pending = 0;
  }
}

function message(text: string): void {
  process.stderr.write(Buffer.from(`${PROGNAME}: ${text}\n`, 'latin1'));
}

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../package.json', import.meta.url)), 'utf8'));
    return String(pkg.version);
  } catch {
    return 'unknown';
  }
}

/** The -v line, shaped like luajit's. */
export function versionLine(): string {
  return `${PROGNAME} ${packageVersion()} -- tracefuzz: Lua 5.1 with a tracing JIT in LuaJIT 2.1's style, in TypeScript.`;
}

// -- Argument scan (collectargs) --------------------------------------------

const FLAG_INTERACTIVE = 1;
const FLAG_VERSION = 2;
const FLAG_EXEC = 4;
const FLAG_OPTION = 8;
const FLAG_NOENV = 16;

/** Index of the script in argv (argv.length when none), or -1 for malformed arguments. */
function collectArgs(argv: readonly string[], flags: { v: number }): number {
  let i = 0;
  for (; i < argv.length; i++) {
    const a = argv[i]!;
    if (a[0] !== '-') return i;
    const hasTail = a.length > 2;
    switch (a[1]) {
      case '-':
        return hasTail ? -1 : i + 1;
      case undefined:
        return i;
      case 'i':
        if (hasTail) return -1;
        flags.v |= FLAG_INTERACTIVE | FLAG_VERSION;
        break;
      case 'v':
        if (hasTail) return -1;
        flags.v |= FLAG_VERSION;
        break;
      case 'e':
      case 'j':
      case 'l':
        if (a[1] === 'e') flags.v |= FLAG_EXEC;
        flags.v |= FLAG_OPTION;
        if (!hasTail) {
          i++;
          if (i >= argv.length) return -1;
        }
        break;
      case 'O':
        break;
      case 'b':
        if (flags.v !== 0) return -1;
        flags.v |= FLAG_EXEC;
        return i + 1;
      case 'E':
        flags.v |= FLAG_NOENV;
        break;
      default:
        return -1;
    }
  }
  return i;
}

// -- Steps ------------------------------------------------------------------

/** One thing to run, in luajit's order: a chunk, a -l module, or an option that failed. */
export type Step =
  | { kind: 'chunk'; source: string; chunkname: string; isScript: boolean }
  | { kind: 'require'; name: string }
  | { kind: 'fail'; error: string };

/** Arguments come from the OS as UTF-8; Lua sees their bytes. */
function argBytes(s: string): string {
  return Buffer.from(s, 'utf8').toString('latin1');
}

/** Read a Lua file as bytes, with luaL_loadfile's error texts. */
function loadFileStep(path: string | undefined, isScript: boolean): Step {
  if (path === undefined) {
    try {
      return { kind: 'chunk', source: readFileSync(0, 'latin1'), chunkname: '=stdin', isScript };
    } catch (e) {
      return { kind: 'fail', error: `cannot read stdin: ${fsErrorText(e)}` };
    }
  }
  try {
    return { kind: 'chunk', source: readFileSync(path, 'latin1'), chunkname: '@' + argBytes(path), isScript };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    // fopen() succeeds on a directory; the first read fails.
    const verb = code === 'EISDIR' ? 'read' : 'open';
    return { kind: 'fail', error: `cannot ${verb} ${argBytes(path)}: ${fsErrorText(e)}` };
  }
}

/** JIT settings collected from -j and -O (the VM reads `on` and `opt`; `cmds` is for the JIT to come). */
interface JitSettings {
  on?: boolean;
  opt: string[];
  cmds: string[];
}

/** Validate one -j command; records it and returns undefined, or returns the error text. */
function jitCommand(jit: JitSettings, cmd: string): string | undefined {
  const eq = cmd.indexOf('=');
  const name = eq < 0 ? cmd : cmd.slice(0, eq);
  if (!JIT_CMDS.has(name)) return JIT_CMD_UNKNOWN;
  if (name === 'on') jit.on = true;
  else if (name === 'off') jit.on = false;
  else if (name !== 'status') jit.cmds.push(cmd);
  return undefined;
}

// -- Running ----------------------------------------------------------------

/** A Lua string literal holding any bytes. */
function luaQuote(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x22 || c === 0x5c) out += '\\' + s[i];
    else if (c < 0x20 || c > 0x7e) out += '\\' + String(c).padStart(3, '0');
    else out += s[i];
  }
  return out + '"';
}

/** One chunk that runs the steps in order on one state; the script step receives the driver's `...`. */
export function driverSource(steps: readonly Step[]): string {
  const lines = ['local luats_load, luats_pcall, luats_error = loadstring, pcall, error'];
  for (const s of steps) {
    if (s.kind === 'chunk') {
      lines.push(`luats_load(${luaQuote(s.source)}, ${luaQuote(s.chunkname)})(${s.isScript ? '...' : ''})`);
    } else if (s.kind === 'require') {
      // luajit looks `require` up when it reaches -l and calls it from C: no Lua caller position in
      // the message, and an earlier chunk may have replaced it.
      lines.push(`do local ok, err = luats_pcall(require, ${luaQuote(s.name)}) if not ok then luats_error(err, 0) end end`);
    }
  }
  return lines.join('\n') + '\n';
}

/** Print a failed run as luajit does: message (if any), then the traceback. */
function reportError(r: RunResult): void {
  if (r.status === 'timeout') {
    message('instruction limit reached');
    return;
  }
  if (r.error === undefined) return;
  message(r.traceback ? `${r.error}\n${r.traceback}` : r.error);
}

/** Run the code steps (no 'fail' among them). Returns undefined when they all succeeded, else the exit status. */
function runSteps(steps: Step[], base: RunOptions, out: StdoutSink): number | undefined {
  const code = steps.filter((s) => s.kind !== 'fail');
  if (code.length === 0) return undefined;
  let source: string;
  let chunkname: string;
  const only = code[0]!;
  if (code.length === 1 && only.kind === 'chunk') {
    source = only.source;
    chunkname = only.chunkname;
  } else {
    source = driverSource(code);
    chunkname = '=(command line)';
  }
  let r: RunResult;
  try {
    r = runSource(source, { ...base, chunkname, write: out.write });
  } catch (e) {
    out.flush();
    message(`internal error: ${(e as Error).message}`);
    return EXIT_FAILURE;
  }
  out.flush();
  if (r.exitCode !== undefined) return r.exitCode; // os.exit
  if (r.status === 'ok') return undefined;
  reportError(r);
  return EXIT_FAILURE;
}

/** Find the first step that cannot start: a 'fail' step or a chunk with a syntax error. */
function firstFailure(steps: Step[], precompile: boolean): number {
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i]!;
    if (s.kind === 'fail') return i;
    if (precompile && s.kind === 'chunk') {
      try {
        compileSource(s.source, s.chunkname);
      } catch (e) {
        steps[i] = { kind: 'fail', error: (e as Error).message };
        return i;
      }
    }
  }
  return -1;
}

// -- -b (bcsave) ------------------------------------------------------------

/** Output file types by name or extension (bcsave.lua map_type). */
const BC_TYPES: Readonly<Record<string, string>> = { raw: 'raw', c: 'c', h: 'h', o: 'obj', obj: 'obj' };
/** Architectures and OSes -a and -o accept; they only matter for object files. */
const BC_ARCHS = new Set(['x86', 'x64', 'arm', 'arm64', 'arm64be', 'ppc', 'mips', 'mipsel', 'mips64', 'mips64el',
  'mips64r6', 'mips64r6el']);
const BC_OSES = new Set(['linux', 'windows', 'osx', 'freebsd', 'netbsd', 'openbsd', 'dragonfly', 'solaris']);
/** Symbol name prefix of bytecode in C sources. */
const LJBC_PREFIX = 'luaJIT_BC_';
/** Columns a line of the C byte array may fill before it wraps. */
const C_LINE_MAX = 78;

/** How -b ends early: luajit's check() message, or the usage text (text undefined). */
class BcExit extends Error {
  constructor(readonly text: string | undefined) {
    super(text ?? 'usage');
  }
}
const bcUsage = (): never => {
  throw new BcExit(undefined);
};
const bcCheck = (text: string): never => {
  throw new BcExit(text);
};

/** A -b input: a path ("-" = stdin), or the chunk of -e (checked when the option is read). */
type BcInput = string | { source: string; chunkname: string };

interface BcContext {
  list: boolean;
  strip: boolean;
  type?: string;
  modname?: string;
  args: BcInput[];
}

/** A module name from -n: letters, digits, _ . - only; . and - become _. */
function checkModname(s: string): string {
  if (!/^[A-Za-z0-9_.-]+$/.test(s)) bcCheck('bad module name');
  return s.replace(/[.-]/g, '_');
}

/** The module name of an input path: its file name without the extension. */
function detectModname(input: BcInput): string {
  let m: RegExpMatchArray | null = null;
  if (typeof input === 'string') {
    const tail = /[^/\\]+$/.exec(input)?.[0] ?? input;
    const head = /^(.*)\.[^.]*$/.exec(tail)?.[1] ?? tail;
    m = /^[A-Za-z0-9_.-]+/.exec(head);
  }
  if (m === null) return bcCheck('cannot derive module name, use -n name');
  return m[0].replace(/[.-]/g, '_');
}

/** A value of -t/-a/-o, lower-cased and checked against its list. */
function checkChoice(s: string, known: (v: string) => string | undefined, what: string): string {
  return known(s.toLowerCase()) ?? bcCheck(`unknown ${what}`);
}

/** The chunk of -e: loadstring(chunk), named by its own text. */
function loadInline(chunk: string): BcInput {
  try {
    compileSource(chunk, chunk);
  } catch (e) {
    bcCheck((e as Error).message);
  }
  return { source: chunk, chunkname: chunk };
}

/** Options and positional arguments, in bcsave.lua's docmd order: options may come anywhere. */
function parseBcArgs(argv: readonly string[]): BcContext {
  const ctx: BcContext = { list: false, strip: true, args: [...argv] };
  const args = ctx.args;
  let n = 0;
  while (n < args.length) {
    const a = args[n]!;
    if (typeof a !== 'string' || a[0] !== '-' || a === '-') {
      n++;
      continue;
    }
    args.splice(n, 1);
    if (a === '--') break;
    for (let m = 1; m < a.length; m++) {
      const opt = a[m];
      if (opt === 'l') ctx.list = true;
      else if (opt === 's') ctx.strip = true;
      else if (opt === 'g') ctx.strip = false;
      else {
        // Options with a value take the next argument and must end their group.
        if (n >= args.length || m !== a.length - 1) bcUsage();
        const value = args[n] as string;
        if (opt === 'e') {
          if (n !== 0) bcUsage();
          args[0] = loadInline(argBytes(value));
        } else if (opt === 'n') {
          ctx.modname = checkModname(args.splice(n, 1)[0] as string);
        } else if (opt === 't') {
          ctx.type = checkChoice(args.splice(n, 1)[0] as string, (v) => BC_TYPES[v], 'file type');
        } else if (opt === 'a') {
          checkChoice(args.splice(n, 1)[0] as string, (v) => (BC_ARCHS.has(v) ? v : undefined), 'architecture');
        } else if (opt === 'o') {
          checkChoice(args.splice(n, 1)[0] as string, (v) => (BC_OSES.has(v) ? v : undefined), 'OS name');
        } else {
          bcUsage();
        }
      }
    }
  }
  return ctx;
}

/** loadfile(input) for -b: the chunk's Proto (source or bytecode), or luajit's message. */
function readBcInput(input: BcInput): Proto {
  let source: string;
  let chunkname: string;
  if (typeof input === 'string') {
    const step = loadFileStep(input === '-' ? undefined : input, false);
    if (step.kind !== 'chunk') return bcCheck(step.kind === 'fail' ? step.error : 'cannot read input');
    ({ source, chunkname } = step);
  } else {
    ({ source, chunkname } = input);
  }
  try {
    return compileSource(source, chunkname);
  } catch (e) {
    return bcCheck((e as Error).message);
  }
}

/** string.dump(f, strip) of a chunk: loaded into a VM so template tables get their node order. */
function dumpChunk(pt: Proto, strip: boolean): string {
  const L = newState();
  try {
    return dumpProto(L, loadProto(L, pt), strip);
  } finally {
    L.g.close();
  }
}

/** The C source (type c) or header (type h) bcsave writes for a dump. */
function bcToC(type: string, modname: string, s: string): string {
  const name = LJBC_PREFIX + modname;
  let out = type === 'c'
    ? `#ifdef __cplusplus\nextern "C"\n#endif\n#ifdef _WIN32\n__declspec(dllexport)\n#endif\nconst unsigned char ${name}[] = {\n`
    : `#define ${name}_SIZE ${s.length}\nstatic const unsigned char ${name}[] = {\n`;
  let line: string[] = [];
  let width = 0;
  for (let i = 0; i < s.length; i++) {
    const b = String(s.charCodeAt(i));
    width += b.length + 1;
    if (width > C_LINE_MAX) {
      out += line.join(',') + ',\n';
      line = [];
      width = b.length + 1;
    }
    line.push(b);
  }
  return out + line.join(',') + '\n};\n';
}

/** Write bytes to `output` ("-" = stdout), with io.open's failure text as bcsave reports it. */
function bcWrite(output: string, bytes: string, out: StdoutSink): void {
  if (output === '-') {
    out.write(bytes);
    out.flush();
    return;
  }
  try {
    writeFileSync(output, Buffer.from(bytes, 'latin1'));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    bcCheck(`${argBytes(output)}: ${fsErrorText(err)}${Math.abs(err.errno ?? 0)}`);
  }
}

/** Save or list bytecode as `luajit -b` does (jit/bcsave.lua); object files are not supported. */
function bcCommand(ctx: BcContext, out: StdoutSink): void {
  const args = ctx.args;
  if (ctx.list) {
    if (args.length === 0 || args.length > 2) bcUsage();
    const listing = listProto(readBcInput(args[0]!));
    bcWrite(typeof args[1] === 'string' ? args[1] : '-', listing, out);
    return;
  }
  if (args.length !== 2) bcUsage();
  const [input, output] = args as [BcInput, BcInput];
  const dump = dumpChunk(readBcInput(input), ctx.strip);
  const outName = typeof output === 'string' ? output : '';
  const type = ctx.type ?? BC_TYPES[/\.([A-Za-z]+)$/.exec(outName.toLowerCase())?.[1] ?? ''] ?? 'raw';
  if (type === 'raw') {
    bcWrite(outName, dump, out);
    return;
  }
  const modname = ctx.modname ?? detectModname(input);
  if (type === 'obj') bcCheck('saving bytecode as an object file is not supported (use -t raw, c or h)');
  bcWrite(outName, bcToC(type, modname, dump), out);
}

/** `-b...`: the rest of argv goes to bcsave, the first argument's tail ("-bl" -> "-l") first. Returns the exit code. */
function doBytecode(argv: readonly string[], out: StdoutSink): number {
  const first = argv[0]!;
  const args: string[] = [];
  if (first.length > 2) args.push('-' + first.slice(2));
  args.push(...argv.slice(1));
  try {
    bcCommand(parseBcArgs(args), out);
    return EXIT_OK;
  } catch (e) {
    if (!(e instanceof BcExit)) throw e;
    out.flush();
    if (e.text === undefined) process.stderr.write(BC_USAGE);
    else message(e.text);
    return EXIT_FAILURE;
  }
}

// -- Main (pmain) -----------------------------------------------------------

/** Run `luats` with these arguments (argv without node and the script path). Returns the exit code. */
export function main(argv: readonly string[]): number {
  const flags = { v: 0 };
  const argn = collectArgs(argv, flags);
  if (argn < 0) {
    process.stderr.write(USAGE);
    return EXIT_FAILURE;
  }
  const out = new StdoutSink();
  if (flags.v & FLAG_INTERACTIVE) {
    message('interactive mode (-i) is not supported; give a script, -e chunk or a program on stdin');
    return EXIT_FAILURE;
  }

  const steps: Step[] = [];
  const init = process.env.LUA_INIT;
  if (!(flags.v & FLAG_NOENV) && init !== undefined) {
    steps.push(init.startsWith('@')
      ? loadFileStep(init.slice(1), false)
      : { kind: 'chunk', source: argBytes(init), chunkname: '=LUA_INIT', isScript: false });
  }
  if (flags.v & FLAG_VERSION) out.write(versionLine() + '\n');

  // Options in order (runargs).
  const bytes = argBytes;
  const jit: JitSettings = { opt: [], cmds: [] };
  const optState = defaultOptState();
  for (let i = 0; i < argn; i++) {
    const a = argv[i]!;
    const takeValue = (): string => (a.length > 2 ? a.slice(2) : argv[++i]!);
    switch (a[1]) {
      case 'e':
        steps.push({ kind: 'chunk', source: bytes(takeValue()), chunkname: '=(command line)', isScript: false });
        break;
      case 'l':
        steps.push({ kind: 'require', name: bytes(takeValue()) });
        break;
      case 'j': {
        const err = jitCommand(jit, takeValue());
        if (err !== undefined) steps.push({ kind: 'fail', error: err });
        break;
      }
      case 'O': {
        const args = splitCmdArgs(a.slice(2));
        const err = checkOptArgs(optState, args);
        if (err !== undefined) steps.push({ kind: 'fail', error: err });
        else if (args.length === 0) jit.opt.push(String(OPT_LEVEL_DEFAULT));
        else jit.opt.push(...(args as string[]));
        break;
      }
      case 'b': {
        // Only -O can precede -b (collectargs); a bad one stops before the listing.
        const failed = steps.find((s) => s.kind === 'fail');
        if (failed?.kind === 'fail') {
          message(failed.error);
          return EXIT_FAILURE;
        }
        return doBytecode(argv.slice(i), out);
      }
      default:
        break;
    }
  }

  // The script, or stdin when nothing else was asked for.
  const base: RunOptions = {};
  if (argn < argv.length) {
    const name = argv[argn]!;
    const fromStdin = name === '-' && argv[argn - 1] !== '--';
    steps.push(loadFileStep(fromStdin ? undefined : name, true));
    base.script = bytes(name);
    base.args = argv.slice(argn + 1).map(bytes);
  } else if (!(flags.v & (FLAG_EXEC | FLAG_VERSION))) {
    if (process.stdin.isTTY) {
      out.write(versionLine() + '\n');
      out.flush();
      message('interactive mode is not supported; give a script, -e chunk or a program on stdin');
      return EXIT_FAILURE;
    }
    steps.push(loadFileStep(undefined, true));
  }
  if (jit.on !== undefined || jit.opt.length > 0 || jit.cmds.length > 0) base.jit = jit;
  if (flags.v & FLAG_NOENV) base.noEnv = true;

  const codeSteps = steps.filter((s) => s.kind !== 'fail').length;
  const cut = firstFailure(steps, codeSteps > 1);
  const runnable = cut < 0 ? steps : steps.slice(0, cut);
  const status = runSteps(runnable, base, out);
  if (status !== undefined) return status;
  if (cut >= 0) {
    const failed = steps[cut]!;
    if (failed.kind === 'fail') message(failed.error);
    return EXIT_FAILURE;
  }
  out.flush();
  return EXIT_OK;
}

/** Entry for bin/luats and `node dist/jit/cli.js`: run, then exit once stdout has drained. */
export function runCli(argv: readonly string[] = process.argv.slice(2)): void {
  // A reader that goes away (`luats t.lua | head`) is not an error of ours.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    throw e;
  });
  const code = main(argv);
  // Exit once everything written has reached fd 1, whatever handles the VM may have left open.
  process.stdout.write('', () => process.exit(code));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) runCli();
