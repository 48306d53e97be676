// The io library: file handles as userdata over C-like streams, default input and output, lines
// iterators, popen and tmpfile. (lib_io.c)
//
// A file handle is a userdata with a 16-byte payload (as LuaJIT's IOFileUD): a magic word and the
// id of its IOFile in the VM's IOState (0 once closed). Per VM, `files` holds the open files. A
// dropped handle is closed by its __gc when the collector finds it unreachable; a weak-valued table
// from ids to handles also catches handles freed without it (a program may remove __gc), closed
// before the next file opens. Every open file is closed, and so flushed, when the VM is closed.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import { u32, f64 } from '../heap.js';
import { T, GCT, FF, UD_MT, UD_ENV, UD_LEN, UD_DATA, udataSize } from '../obj.js';
import { MM } from '../../bytecode/bcdef.js';
import { setNil, setBool, setObj } from '../value.js';
import * as tab from '../tab.js';
import { type LuaState, newCFunction } from '../state.js';
import { ErrMsg } from '../err.js';
import { num2int } from '../vmmath.js';
import { fmtNum } from '../strfmt.js';
import * as aux from './aux.js';
import { register, writeOut, flushOut, setGlobal } from './base.js';
import { Stream, BufMode, Whence, Errno, parseMode, strerror, errnoOf, cPath, cString, scanNumber, STDIN_READER, type StdinReader } from './stdio.js';

// -- Handles -------------------------------------------------------------------------------

/** Payload bytes of a file userdata (sizeof(IOFileUD)). */
const FILE_UD_SIZE = 16;
/** u32 at the payload's start marking a file handle ("FILE"). */
const FILE_MAGIC = 0x454c4946;
const FILE_UD_MAGIC = UD_DATA;
/** u32: the IOFile's id; 0 once the file is closed. */
const FILE_UD_ID = UD_DATA + 4;

/** LUAL_BUFFERSIZE: first fgets chunk of a line read, and setvbuf's default size. */
const LUAL_BUFFERSIZE = 8192;
/** Room fgets must leave before a line buffer doubles (lib_io.c io_file_readline). */
const LINE_SLACK = 64;
/** Largest temporary buffer LuaJIT allocates (LJ_MAX_BUF); a bigger read(n) is out of memory. */
const MAX_BUF = 0x7fffff00;
/** Most values a lines iterator keeps (LJ_MAX_UPVAL). */
const MAX_UPVAL = 60;
/** Slots of the roots table holding the default files. */
const enum Root { INPUT = 1, OUTPUT = 2 }

const enum Kind { FILE, PIPE, STDF }

interface IOFile {
  readonly id: number;
  readonly ud: number;
  readonly st: Stream;
  readonly kind: Kind;
  /** io.lines(name): close the file when the iterator reaches its end. */
  closeAtEof: boolean;
  /** popen "w": run the command on the collected input when the file is closed. */
  finish?: (L: LuaState) => void;
}

interface IOState {
  /** The file metatable (methods, __index, __gc, __tostring). */
  readonly mt: number;
  readonly files: Map<number, IOFile>;
  nextId: number;
  /** id -> userdata, weak values: an entry disappears when the collector frees the handle. */
  readonly weak: number;
  /** [Root.INPUT], [Root.OUTPUT]: the default files (a GC root through g.builtins). */
  readonly roots: number;
  stdin?: IOFile;
  stdout?: IOFile;
}

const IO_KEY = Symbol('io');

function ioState(L: LuaState): IOState {
  return L.g.libState<IOState>(IO_KEY, () => { throw new Error('io library not opened'); });
}

/** Close files whose handles the collector has freed (what their __gc would have done). */
function reap(L: LuaState, S: IOState): void {
  for (const f of S.files.values()) {
    if (f.kind === Kind.STDF) continue;
    const v = tab.getInt(S.weak, f.id);
    if (v < 0 || u32[(v << 1) + 1] === T.NIL) {
      f.st.close();
      f.finish?.(L);
      S.files.delete(f.id);
    }
  }
}

/** A new handle for stream `st`. */
function newFile(L: LuaState, S: IOState, st: Stream, kind: Kind): IOFile {
  reap(L, S);
  const ud = L.g.newObj(udataSize(FILE_UD_SIZE), GCT.UDATA);
  if (ud === 0) L.errMem();
  u32[(ud + UD_MT) >> 2] = S.mt;
  u32[(ud + UD_ENV) >> 2] = L.g.globals;
  u32[(ud + UD_LEN) >> 2] = FILE_UD_SIZE;
  const id = S.nextId++;
  u32[(ud + FILE_UD_MAGIC) >> 2] = FILE_MAGIC;
  u32[(ud + FILE_UD_ID) >> 2] = id;
  const f: IOFile = { id, ud, st, kind, closeAtEof: false };
  S.files.set(id, f);
  if (kind !== Kind.STDF) setObj(L.tsetInt(S.weak, id), ud, T.UDATA);
  return f;
}

/** The file of handle `ud`: undefined if it is no file handle, null if it is closed. */
function fileOfUd(S: IOState, ud: number): IOFile | null | undefined {
  if (u32[(ud + UD_LEN) >> 2] !== FILE_UD_SIZE || u32[(ud + FILE_UD_MAGIC) >> 2] !== FILE_MAGIC) return undefined;
  const id = u32[(ud + FILE_UD_ID) >> 2];
  return id === 0 ? null : S.files.get(id) ?? null;
}

function fileOf(S: IOState, slot: number): IOFile | null | undefined {
  return u32[(slot << 1) + 1] === T.UDATA ? fileOfUd(S, u32[slot << 1]) : undefined;
}

/** Argument 1 as a handle, open or closed (io_tofilep). */
function toFileP(L: LuaState, S: IOState, base: number, nargs: number): IOFile | null {
  const f = nargs >= 1 ? fileOf(S, base) : undefined;
  if (f === undefined) return aux.typeError(L, base, nargs, 1, 'FILE*');
  return f;
}

/** Argument 1 as an open file (io_tofile). */
function toFile(L: LuaState, S: IOState, base: number, nargs: number): IOFile {
  return toFileP(L, S, base, nargs) ?? L.callerError('attempt to use a closed file');
}

/** The handle in roots[which]. */
const rootUd = (S: IOState, which: Root): number => u32[tab.getInt(S.roots, which) << 1];

/** The default input or output, which must be open (io_stdfile). */
function stdFile(L: LuaState, S: IOState, which: Root): IOFile {
  return fileOfUd(S, rootUd(S, which)) ?? L.callerError('standard file is closed');
}

/** luaL_fileresult: true, or nil, "[name: ]strerror", errno. */
function fileResult(L: LuaState, base: number, ok: boolean, fname: string | null, en: number): number {
  if (ok) { setBool(base, true); return 1; }
  setNil(base);
  L.setStr(base + 1, fname !== null ? `${fname}: ${strerror(en)}` : strerror(en));
  f64[base + 2] = en;
  return 3;
}

/** Close `f` and mark its handle closed; whether the close succeeded. */
function closeFile(L: LuaState, S: IOState, f: IOFile): boolean {
  const ok = f.st.close();
  f.finish?.(L);
  u32[(f.ud + FILE_UD_ID) >> 2] = 0;
  S.files.delete(f.id);
  const v = tab.getInt(S.weak, f.id);
  if (v >= 0) setNil(v);
  return ok;
}

/** io_file_close's results: standard files refuse. */
function closeResult(L: LuaState, S: IOState, f: IOFile, base: number): number {
  if (f.kind === Kind.STDF) {
    setNil(base);
    L.setStr(base + 1, 'cannot close standard file');
    return 2;
  }
  const ok = closeFile(L, S, f);
  return fileResult(L, base, ok, null, f.st.errno);
}

/** lj_lib_checkopt: argument i as an index into `list` (def when absent and def >= 0). */
export function checkOpt(L: LuaState, base: number, nargs: number, i: number, def: number, list: readonly string[]): number {
  if (def >= 0 && aux.argTag(base, nargs, i) === T.NIL) return def;
  const s = aux.checkStr(L, base, nargs, i);
  const k = list.indexOf(s);
  return k >= 0 ? k : aux.argError(L, i, `invalid option '${cString(s)}'`);
}

// -- Opening -------------------------------------------------------------------------------

/** fopen(name, mode): a stream or an errno. */
function fopen(name: string, mode: string): Stream | number {
  const m = parseMode(cString(mode));
  return m === undefined ? Errno.EINVAL : Stream.open(cPath(name), m);
}

/** io_file_open: argument 1 names a file to open with `mode`; failing is an argument error. */
function openArg(L: LuaState, S: IOState, base: number, nargs: number, mode: string): IOFile {
  const name = aux.checkStr(L, base, nargs, 1);
  const st = fopen(name, mode);
  if (typeof st === 'number') return aux.argError(L, 1, `${cString(name)}: ${strerror(st)}`);
  return newFile(L, S, st, Kind.FILE);
}

/** Characters of a tmpfile/mkstemp name suffix. */
const NAME_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const NAME_SUFFIX_LEN = 6;
/** Names mkstemp tries before giving up. */
const NAME_ATTEMPTS = 100;

/** mkstemp(prefix + "XXXXXX"): the descriptor and name of a new file (mode 0600), or an errno. */
export function mkstemp(prefix: string): { fd: number; name: string } | number {
  let en = Errno.EEXIST;
  for (let i = 0; i < NAME_ATTEMPTS && en === Errno.EEXIST; i++) {
    const name = prefix + Array.from(randomBytes(NAME_SUFFIX_LEN), (b) => NAME_CHARS[b % NAME_CHARS.length]).join('');
    try {
      return { fd: fs.openSync(name, fs.constants.O_RDWR | fs.constants.O_CREAT | fs.constants.O_EXCL, 0o600), name };
    } catch (e) {
      en = errnoOf(e);
    }
  }
  return en;
}

/** Where tmpfile() makes its unnamed files (P_tmpdir). */
const TMP_DIR = '/tmp/';

function io_open(L: LuaState, base: number, nargs: number): number {
  const S = ioState(L);
  const name = aux.checkStr(L, base, nargs, 1);
  const mode = aux.optStr(L, base, nargs, 2, 'r');
  const st = fopen(name, mode);
  if (typeof st === 'number') return fileResult(L, base, false, cString(name), st);
  setObj(base, newFile(L, S, st, Kind.FILE).ud, T.UDATA);
  return 1;
}

function io_tmpfile(L: LuaState, base: number): number {
  const S = ioState(L);
  const r = mkstemp(TMP_DIR + 'tmpf');
  if (typeof r === 'number') return fileResult(L, base, false, null, r);
  fs.unlinkSync(r.name);
  setObj(base, newFile(L, S, Stream.fromFd(r.fd, true, true, false, true), Kind.FILE).ud, T.UDATA);
  return 1;
}

/** fflush(NULL): every output stream, the VM's stdout included. */
function flushAll(L: LuaState, S: IOState): void {
  for (const f of S.files.values()) f.st.flush();
  flushOut(L);
}

/** popen's mode check (glibc): only r, w and e, and exactly one of r and w. */
function popenMode(mode: string): 'r' | 'w' | undefined {
  let r = false, w = false;
  for (const c of cString(mode)) {
    if (c === 'r') r = true;
    else if (c === 'w') w = true;
    else if (c !== 'e') return undefined;
  }
  return r === w ? undefined : r ? 'r' : 'w';
}

/** The shell popen runs commands with. */
const SHELL = '/bin/sh';

/**
 * io.popen through a synchronous child: "r" runs the command at once and reads its whole output;
 * "w" collects what is written and runs the command on it when the file is closed (its output goes
 * to the VM's stdout).
 */
function io_popen(L: LuaState, base: number, nargs: number): number {
  const S = ioState(L);
  const cmd = cString(aux.checkStr(L, base, nargs, 1));
  const mode = popenMode(aux.optStr(L, base, nargs, 2, 'r'));
  if (mode === undefined) return fileResult(L, base, false, cmd, Errno.EINVAL);
  flushAll(L, S);
  const arg = Buffer.from(cmd, 'latin1').toString();
  let f: IOFile;
  if (mode === 'r') {
    const r = spawnSync(SHELL, ['-c', arg], { stdio: ['inherit', 'pipe', 'inherit'], maxBuffer: Infinity });
    f = newFile(L, S, Stream.fromData(r.stdout ?? Buffer.alloc(0)), Kind.PIPE);
  } else {
    const input: string[] = [];
    f = newFile(L, S, Stream.toSink((s) => { input.push(s); }), Kind.PIPE);
    f.finish = (L2) => {
      const r = spawnSync(SHELL, ['-c', arg], { input: Buffer.from(input.join(''), 'latin1'), stdio: ['pipe', 'pipe', 'inherit'], maxBuffer: Infinity });
      if (r.stdout !== null && r.stdout.length > 0) writeOut(L2, r.stdout.toString('latin1'));
    };
  }
  setObj(base, f.ud, T.UDATA);
  return 1;
}

// -- Reading ---------------------------------------------------------------------------------

/** A read format as the read loop sees it: its type tag and its string or number. */
interface Fmt { tag: number; s: string; n: number }

function fmtsFrom(L: LuaState, first: number, count: number): Fmt[] {
  const out: Fmt[] = [];
  for (let s = first; s < first + count; s++) {
    const tag = u32[(s << 1) + 1];
    out.push({ tag, s: tag === T.STR ? L.g.strs.text(u32[s << 1]) : '', n: tag < T.ISNUM ? f64[s] : 0 });
  }
  return out;
}

/** io_file_readline: a line through fgets chunks (a NUL ends a chunk's text, as strlen does). */
function readLine(st: Stream, chop: boolean): [string, boolean] {
  let m = LUAL_BUFFERSIZE, n = 0, ok = false;
  let buf = '';
  for (;;) {
    const chunk = st.fgets(m - n);
    if (chunk === null) break;
    const z = chunk.indexOf('\0');
    buf += z < 0 ? chunk : chunk.slice(0, z);
    n = buf.length;
    if (n > 0) ok = true;
    if (n > 0 && buf.charCodeAt(n - 1) === 10) {
      if (chop) n--;
      break;
    }
    if (n >= m - LINE_SLACK) m += m;
  }
  return [buf.slice(0, n), ok];
}

/** io_file_readlen: n bytes, or for 0 whether the file is at its end. */
function readLen(L: LuaState, st: Stream, m: number): [string, boolean] {
  if (m === 0) {
    const c = st.getc();
    st.ungetc(c);
    return ['', c >= 0];
  }
  if (m > MAX_BUF) L.errMem();
  const s = st.fread(m);
  return [s, s.length > 0];
}

const CH_STAR = 42, CH_N = 110, CH_A = 97, CH_L = 76, CH_LOWER_L = 108, CASE_BIT = 0x20;

/**
 * io_file_read: read with `fmts` (argument numbers from `argNo`), results from slot `out`. Stops at
 * the first format that fails, whose result becomes nil; a read error gives nil, message, errno.
 */
function readFormats(L: LuaState, f: IOFile, fmts: Fmt[], argNo: number, out: number): number {
  const st = f.st;
  st.clearerr();
  const res: (string | number | null)[] = [];
  let ok = true;
  if (fmts.length === 0) {
    const [s, got] = readLine(st, true);
    res.push(s);
    ok = got;
  }
  for (let i = 0; i < fmts.length && ok; i++) {
    const a = fmts[i];
    if (a.tag === T.STR) {
      const c = a.s.charCodeAt(a.s.charCodeAt(0) === CH_STAR ? 1 : 0);
      if (c === CH_N) {
        const x = scanNumber(st);
        res.push(x);
        ok = x !== null;
      } else if ((c & ~CASE_BIT) === CH_L) {
        const [s, got] = readLine(st, c === CH_LOWER_L);
        res.push(s);
        ok = got;
      } else if (c === CH_A) {
        res.push(st.readAll());
      } else {
        aux.argError(L, argNo + i, 'invalid format');
      }
    } else if (a.tag < T.ISNUM) {
      const [s, got] = readLen(L, st, num2int(a.n) >>> 0);
      res.push(s);
      ok = got;
    } else {
      aux.argError(L, argNo + i, ErrMsg.INVOPT);
    }
  }
  if (st.error) return fileResult(L, out, false, null, st.errno);
  if (!ok) res[res.length - 1] = null;
  if (!L.checkStack(out + res.length)) L.callerError('too many arguments');
  res.forEach((v, k) => {
    if (v === null) setNil(out + k);
    else if (typeof v === 'number') f64[out + k] = v;
    else L.setStr(out + k, v);
  });
  return res.length;
}

/** io_file_write: arguments from index `start` (0-based); true, or nil, message, errno. */
function writeArgs(L: LuaState, f: IOFile, base: number, nargs: number, start: number): number {
  let ok = true;
  for (let i = start; i < nargs; i++) {
    const s = base + i;
    const tag = u32[(s << 1) + 1];
    let text: string;
    if (tag === T.STR) text = L.g.strs.text(u32[s << 1]);
    else if (tag < T.ISNUM) text = fmtNum(f64[s]);
    else return aux.typeError(L, base, nargs, i + 1, 'string');
    ok = ok && f.st.write(text);
  }
  return fileResult(L, base, ok, null, f.st.errno);
}

function flushFile(L: LuaState, S: IOState, f: IOFile, base: number): number {
  if (f === S.stdout) flushOut(L);
  return fileResult(L, base, f.st.flush(), null, f.st.errno);
}

/** io_file_lines: an iterator over the handle in `base` reading with the formats after it. */
function makeLines(L: LuaState, S: IOState, base: number, nargs: number): number {
  if (nargs > MAX_UPVAL) L.callerError(ErrMsg.UNPACK);
  const ud = u32[base << 1];
  const fmts = fmtsFrom(L, base + 1, nargs - 1);
  // The iterator's environment holds the handle, so the file lives as long as the iterator.
  const env = L.newTab(0, 1);
  setObj(L.tsetInt(env, 1), ud, T.UDATA);
  const iter = (L2: LuaState, b: number): number => {
    const f = fileOfUd(S, ud) ?? L2.callerError('attempt to use a closed file');
    const n = readFormats(L2, f, fmts, 1, b);
    if (f.st.error) L2.callerError(strerror(f.st.errno));
    if (u32[(b << 1) + 1] === T.NIL && f.closeAtEof) {
      closeFile(L2, S, f);
      return 0;
    }
    return n;
  };
  setObj(base, newCFunction(L, 'lines', iter, FF.C, env), T.FUNC);
  return 1;
}

// -- The io functions -------------------------------------------------------------------------

function io_close(L: LuaState, base: number, nargs: number): number {
  const S = ioState(L);
  const f = nargs >= 1 ? toFile(L, S, base, nargs)
    : fileOfUd(S, rootUd(S, Root.OUTPUT)) ?? L.callerError('attempt to use a closed file');
  return closeResult(L, S, f, base);
}

function io_read(L: LuaState, base: number, nargs: number): number {
  const S = ioState(L);
  return readFormats(L, stdFile(L, S, Root.INPUT), fmtsFrom(L, base, nargs), 1, base);
}

function io_write(L: LuaState, base: number, nargs: number): number {
  const S = ioState(L);
  return writeArgs(L, stdFile(L, S, Root.OUTPUT), base, nargs, 0);
}

function io_flush(L: LuaState, base: number): number {
  const S = ioState(L);
  return flushFile(L, S, stdFile(L, S, Root.OUTPUT), base);
}

/** io.input/io.output: set the default from a handle or a file name, return the default. */
function stdGetSet(L: LuaState, base: number, nargs: number, which: Root, mode: string): number {
  const S = ioState(L);
  const tag = aux.argTag(base, nargs, 1);
  if (tag !== T.NIL) {
    if (tag === T.UDATA) toFile(L, S, base, nargs);
    else setObj(base, openArg(L, S, base, nargs, mode).ud, T.UDATA);
    setObj(L.tsetInt(S.roots, which), u32[base << 1], T.UDATA);
  } else {
    setObj(base, rootUd(S, which), T.UDATA);
  }
  return 1;
}

function io_lines(L: LuaState, base: number, nargs: number): number {
  const S = ioState(L);
  if (nargs === 0) { setNil(base); nargs = 1; }
  if (u32[(base << 1) + 1] !== T.NIL) {
    const f = openArg(L, S, base, nargs, 'r');
    f.closeAtEof = true;
    setObj(base, f.ud, T.UDATA);
  } else {
    setObj(base, rootUd(S, Root.INPUT), T.UDATA);
  }
  return makeLines(L, S, base, nargs);
}

function io_type(L: LuaState, base: number, nargs: number): number {
  aux.checkAny(L, base, nargs, 1);
  const f = fileOf(ioState(L), base);
  if (f === undefined) setNil(base);
  else L.setStr(base, f === null ? 'closed file' : 'file');
  return 1;
}

// -- File methods --------------------------------------------------------------------------------

const SEEK_OPTS = ['set', 'cur', 'end'] as const;
const VBUF_OPTS = ['full', 'line', 'no'] as const;
const VBUF_MODES = [BufMode.FULL, BufMode.LINE, BufMode.NONE];
/** (int64_t) of a double as x86-64 converts it: out of range and NaN give INT64_MIN. */
const INT64_MIN = -(2 ** 63);
const toInt64 = (x: number): number => (x > -(2 ** 63) - 1 && x < 2 ** 63 ? Math.trunc(x) : INT64_MIN);

function f_read(L: LuaState, base: number, nargs: number): number {
  const S = ioState(L);
  const f = toFile(L, S, base, nargs);
  return readFormats(L, f, fmtsFrom(L, base + 1, nargs - 1), 2, base);
}

function f_write(L: LuaState, base: number, nargs: number): number {
  return writeArgs(L, toFile(L, ioState(L), base, nargs), base, nargs, 1);
}

function f_flush(L: LuaState, base: number, nargs: number): number {
  const S = ioState(L);
  return flushFile(L, S, toFile(L, S, base, nargs), base);
}

function f_seek(L: LuaState, base: number, nargs: number): number {
  const f = toFile(L, ioState(L), base, nargs);
  const whence = checkOpt(L, base, nargs, 2, Whence.CUR, SEEK_OPTS) as Whence;
  let ofs = 0;
  const tag = aux.argTag(base, nargs, 3);
  if (tag < T.ISNUM) ofs = toInt64(f64[base + 2]);
  else if (tag !== T.NIL) aux.typeError(L, base, nargs, 3, 'number');
  const pos = f.st.seek(ofs, whence);
  if (pos === null) return fileResult(L, base, false, null, f.st.errno);
  f64[base] = pos;
  return 1;
}

function f_setvbuf(L: LuaState, base: number, nargs: number): number {
  const f = toFile(L, ioState(L), base, nargs);
  const opt = checkOpt(L, base, nargs, 2, -1, VBUF_OPTS);
  aux.optInt(L, base, nargs, 3, LUAL_BUFFERSIZE);
  return fileResult(L, base, f.st.setvbuf(VBUF_MODES[opt]), null, f.st.errno);
}

function f_lines(L: LuaState, base: number, nargs: number): number {
  const S = ioState(L);
  toFile(L, S, base, nargs);
  return makeLines(L, S, base, nargs);
}

function f_gc(L: LuaState, base: number, nargs: number): number {
  const S = ioState(L);
  const f = toFileP(L, S, base, nargs);
  if (f !== null && f.kind !== Kind.STDF) closeFile(L, S, f);
  return 0;
}

function f_tostring(L: LuaState, base: number, nargs: number): number {
  const S = ioState(L);
  const f = toFileP(L, S, base, nargs);
  L.setStr(base, f === null ? 'file (closed)' : `file (0x${f.ud.toString(16).padStart(8, '0')})`);
  return 1;
}

// -- Opening the library ---------------------------------------------------------------------------

/** What loadfile()/dofile() read from stdin: the rest of io.stdin's stream (its buffer shared), or the errno. */
function readStdin(L: LuaState): { data: string } | { readErr: number } {
  const st = ioState(L).stdin!.st;
  const data = st.readAll();
  return st.error ? { readErr: st.errno } : { data };
}

function addStd(L: LuaState, S: IOState, io: number, name: string, st: Stream): IOFile {
  const f = newFile(L, S, st, Kind.STDF);
  L.g.builtins.push(f.ud);
  setObj(L.tsetStr(io, L.str(name)), f.ud, T.UDATA);
  return f;
}

/** Close every file still open (the VM is going away); their errors have nowhere to go. */
function closeAll(L: LuaState, S: IOState): void {
  for (const f of S.files.values()) {
    if (f.kind === Kind.STDF) continue;
    f.st.close();
    f.finish?.(L);
  }
  S.files.clear();
}

export function openIO(L: LuaState): void {
  const g = L.g;
  const mt = L.newTab(0, 4);
  g.builtins.push(mt);
  register(L, mt, {
    close: io_close, read: f_read, write: f_write, flush: f_flush, seek: f_seek, setvbuf: f_setvbuf,
    lines: f_lines, __gc: f_gc, __tostring: f_tostring,
  });
  setObj(L.tsetStr(mt, g.mmname(MM.index)), mt, T.TAB);
  setObj(L.tsetStr(g.registry, L.str('FILE*')), mt, T.TAB);
  const weak = L.newTab(0, 0);
  g.builtins.push(weak);
  const wmt = L.newTab(0, 1);
  L.setStr(L.tsetStr(wmt, g.mmname(MM.mode)), 'v');
  tab.setMetatable(weak, wmt);
  const roots = L.newTab(3, 0);
  g.builtins.push(roots);
  const S: IOState = { mt, files: new Map(), nextId: 1, weak, roots };
  g.libState(IO_KEY, () => S);

  const io = L.newTab(0, 4);
  register(L, io, {
    open: io_open, popen: io_popen, tmpfile: io_tmpfile, close: io_close, read: io_read, write: io_write,
    flush: io_flush, input: (L2, b, n) => stdGetSet(L2, b, n, Root.INPUT, 'r'),
    output: (L2, b, n) => stdGetSet(L2, b, n, Root.OUTPUT, 'w'), lines: io_lines, type: io_type,
  });
  const stdin = S.stdin = addStd(L, S, io, 'stdin', Stream.fromFd(0, true, false, false, false));
  S.stdout = addStd(L, S, io, 'stdout', Stream.toSink((s) => writeOut(L, s)));
  addStd(L, S, io, 'stderr', Stream.fromFd(2, false, true, false, false, BufMode.NONE));
  setObj(L.tsetInt(roots, Root.INPUT), stdin.ud, T.UDATA);
  setObj(L.tsetInt(roots, Root.OUTPUT), S.stdout.ud, T.UDATA);
  g.onClose(() => closeAll(L, S));
  g.libState<StdinReader>(STDIN_READER, () => () => readStdin(L));
  setGlobal(L, 'io', io);
}
