// C stdio streams for the io library: fopen modes, glibc-style buffering, fgets/fread/ungetc and
// fscanf("%lf"), over file descriptors or in-memory pipes. (glibc libio, as lib_io.c uses it)
import * as fs from 'node:fs';
import koffi from 'koffi';

const libc = koffi.load('libc.so.6');
const cStrerror = libc.func('const char *strerror(int)') as (en: number) => string;
const cNewlocale = libc.func('void *newlocale(int mask, const char *name, void *base)') as
  (mask: number, name: string, base: null) => unknown;
const cStrtodL = libc.func('double strtod_l(const char *s, void *end, void *loc)') as
  (s: string, end: null, loc: unknown) => number;

/** errno values the library reports itself (Linux). */
export const enum Errno { ENOENT = 2, EINTR = 4, EBADF = 9, EAGAIN = 11, EEXIST = 17, EISDIR = 21, EINVAL = 22, ESPIPE = 29 }

/** The C library's text for errno `en`. */
export function strerror(en: number): string {
  return Buffer.from(cStrerror(en), 'utf8').toString('latin1');
}

/** errno of a failed fs call (libuv reports -errno on POSIX); anything else is rethrown. */
export function errnoOf(e: unknown): number {
  if (typeof e === 'object' && e !== null && 'errno' in e && typeof e.errno === 'number') return -e.errno;
  throw e;
}

/** A Lua string as a C path: up to its first NUL, as raw bytes. */
export const cPath = (s: string): Buffer => Buffer.from(cString(s), 'latin1');
/** What C sees of a Lua string: the bytes before the first NUL. */
export function cString(s: string): string {
  const z = s.indexOf('\0');
  return z < 0 ? s : s.slice(0, z);
}

/** glibc's BUFSIZ: the buffer size when the file system does not suggest one. */
const BUFSIZ = 8192;
/** Below this block size glibc writes large requests through the buffer instead of around it. */
const MIN_DIRECT_BLOCK = 128;
/** How long to sleep when a non-blocking descriptor (stdin under Node) has nothing yet. */
const EAGAIN_SLEEP_MS = 5;

export const enum BufMode { FULL, LINE, NONE }
export const enum Whence { SET, CUR, END }

/** Where a stream's bytes come from and go to. Methods throw fs errors (see errnoOf). */
interface Backend {
  /** Positions are used only for seekable backends; others read and write at their current offset. */
  readonly seekable: boolean;
  read(buf: Buffer, len: number, pos: number): number;
  write(buf: Buffer, off: number, len: number, pos: number): number;
  size(): number;
  close(): void;
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

/** A file descriptor: positioned reads and writes when it is a regular file, plain ones otherwise. */
class FdBackend implements Backend {
  readonly seekable: boolean;
  constructor(readonly fd: number, seekable: boolean, private readonly append: boolean, private readonly owned: boolean) {
    this.seekable = seekable;
  }
  read(buf: Buffer, len: number, pos: number): number {
    for (;;) {
      try {
        return fs.readSync(this.fd, buf, 0, len, this.seekable ? pos : null);
      } catch (e) {
        const en = errnoOf(e);
        if (en === Errno.EAGAIN) Atomics.wait(sleepCell, 0, 0, EAGAIN_SLEEP_MS);
        else if (en !== Errno.EINTR) throw e;
      }
    }
  }
  write(buf: Buffer, off: number, len: number, pos: number): number {
    // O_APPEND writes go to the end whatever the position; a plain write() says so best.
    return fs.writeSync(this.fd, buf, off, len, this.seekable && !this.append ? pos : null);
  }
  size(): number { return fs.fstatSync(this.fd).size; }
  close(): void { if (this.owned) fs.closeSync(this.fd); }
}

/** The read end of a pipe whose writer has finished: its whole output, then EOF. */
class MemoryBackend implements Backend {
  readonly seekable = false;
  private at = 0;
  constructor(private readonly data: Buffer) {}
  read(buf: Buffer, len: number): number {
    const n = this.data.copy(buf, 0, this.at, Math.min(this.data.length, this.at + len));
    this.at += n;
    return n;
  }
  write(): number { throw Object.assign(new Error('EBADF'), { errno: -Errno.EBADF }); }
  size(): number { return 0; }
  close(): void { /* nothing to release */ }
}

/** Bytes handed to a function (the VM's stdout sink, the write end of a pipe). */
class SinkBackend implements Backend {
  readonly seekable = false;
  constructor(private readonly sink: (bytes: string) => void) {}
  read(): number { throw Object.assign(new Error('EBADF'), { errno: -Errno.EBADF }); }
  write(buf: Buffer, off: number, len: number): number {
    this.sink(buf.toString('latin1', off, off + len));
    return len;
  }
  size(): number { return 0; }
  close(): void { /* nothing to release */ }
}

/** An open mode as fopen parses it (glibc: r/w/a, then up to six of + x b and others ignored). */
export interface OpenMode { flags: number; read: boolean; write: boolean; append: boolean }

/** Flags for `mode`, or undefined when fopen would fail with EINVAL. */
export function parseMode(mode: string): OpenMode | undefined {
  const c = fs.constants;
  let read = false, write = false, append = false, flags: number;
  switch (mode[0]) {
    case 'r': read = true; flags = c.O_RDONLY; break;
    case 'w': write = true; flags = c.O_WRONLY | c.O_CREAT | c.O_TRUNC; break;
    case 'a': write = true; append = true; flags = c.O_WRONLY | c.O_CREAT | c.O_APPEND; break;
    default: return undefined;
  }
  for (let i = 1; i < 7 && i < mode.length; i++) {
    const ch = mode[i];
    if (ch === '\0') break;
    if (ch === '+') { read = write = true; flags = (flags & ~(c.O_WRONLY | c.O_RDONLY)) | c.O_RDWR; }
    else if (ch === 'x') flags |= c.O_EXCL;
  }
  return { flags, read, write, append };
}

/** Mode bits of files fopen creates (before the umask). */
const CREATE_PERMS = 0o666;

/**
 * A FILE: a backend plus a read buffer, a write buffer and the error/EOF flags. Reads and writes
 * happen at the logical position (file position minus unread buffered bytes plus pending ones), so
 * mixing them behaves as glibc makes it behave.
 */
export class Stream {
  eof = false;
  error = false;
  /** errno of the last failure. */
  errno = 0;
  private mode: BufMode;
  private readonly canRead: boolean;
  private readonly canWrite: boolean;
  private readonly bufSize: number;
  /** Position of the backend's next transfer (seekable backends). */
  private filePos = 0;
  private rbuf: Buffer;
  private rpos = 0;
  private rend = 0;
  private wbuf: Buffer | null = null;
  private wlen = 0;

  private constructor(
    private readonly be: Backend, canRead: boolean, canWrite: boolean, private readonly append: boolean, mode: BufMode, bufSize: number,
  ) {
    this.canRead = canRead;
    this.canWrite = canWrite;
    this.mode = mode;
    this.bufSize = bufSize;
    this.rbuf = Buffer.alloc(0);
  }

  /** fopen: the stream, or the errno it failed with. */
  static open(path: Buffer, m: OpenMode): Stream | number {
    let fd: number;
    try {
      fd = fs.openSync(path, m.flags, CREATE_PERMS);
    } catch (e) {
      return errnoOf(e);
    }
    return Stream.fromFd(fd, m.read, m.write, m.append, true);
  }

  /** A stream over descriptor `fd` (owned: closed with the stream). */
  static fromFd(fd: number, read: boolean, write: boolean, append: boolean, owned: boolean, mode = BufMode.FULL): Stream {
    let seekable = false, blk = BUFSIZ;
    try {
      const st = fs.fstatSync(fd);
      seekable = owned && (st.isFile() || st.isBlockDevice());
      if (st.blksize > 0) blk = st.blksize;
    } catch { /* an unusable descriptor fails at its first transfer */ }
    return new Stream(new FdBackend(fd, seekable, append, owned), read, write, append, mode, blk);
  }

  /** A read-only stream over `data` (the output of a finished command). */
  static fromData(data: Buffer): Stream {
    return new Stream(new MemoryBackend(data), true, false, false, BufMode.FULL, BUFSIZ);
  }

  /** A write-only unbuffered stream whose bytes go to `sink`. */
  static toSink(sink: (bytes: string) => void): Stream {
    return new Stream(new SinkBackend(sink), false, true, false, BufMode.NONE, BUFSIZ);
  }

  private fail(en: number): false {
    this.error = true;
    this.errno = en;
    return false;
  }

  clearerr(): void { this.eof = false; this.error = false; }

  // -- Reading -------------------------------------------------------------------

  /** Refill the read buffer; false at EOF or on error. */
  private fill(): boolean {
    if (this.eof) return false;
    if (!this.canRead) return this.fail(Errno.EBADF);
    if (this.wlen > 0 && !this.flush()) return false;
    if (this.rbuf.length < this.bufSize) this.rbuf = Buffer.alloc(this.bufSize);
    let n: number;
    try {
      n = this.be.read(this.rbuf, this.bufSize, this.filePos);
    } catch (e) {
      return this.fail(errnoOf(e));
    }
    if (n === 0) { this.eof = true; return false; }
    this.filePos += n;
    this.rpos = 0;
    this.rend = n;
    return true;
  }

  /** getc: the next byte, or -1 at EOF or on error. */
  getc(): number {
    if (this.rpos < this.rend || this.fill()) return this.rbuf[this.rpos++];
    return -1;
  }

  /** ungetc of the byte getc just returned (-1 is ignored). */
  ungetc(c: number): void {
    if (c < 0) return;
    if (this.rpos > 0) { this.rbuf[--this.rpos] = c; return; }
    const b = Buffer.alloc(Math.max(this.bufSize, this.rend + 1));
    this.rbuf.copy(b, 1, 0, this.rend);
    b[0] = c;
    this.rbuf = b;
    this.rend++;
  }

  /** fgets(max): up to max-1 bytes, through the first newline; null when nothing could be read. */
  fgets(max: number): string | null {
    const parts: string[] = [];
    let left = max - 1;
    while (left > 0) {
      if (this.rpos >= this.rend && !this.fill()) break;
      const end = Math.min(this.rend, this.rpos + left);
      const nl = this.rbuf.indexOf(10, this.rpos);
      const stop = nl >= 0 && nl < end ? nl + 1 : end;
      parts.push(this.rbuf.toString('latin1', this.rpos, stop));
      left -= stop - this.rpos;
      this.rpos = stop;
      if (stop === nl + 1) break;
    }
    if (parts.length === 0 || this.error) return null;
    return parts.join('');
  }

  /** fread: up to n bytes (fewer at EOF or on error). */
  fread(n: number): string {
    const parts: string[] = [];
    while (n > 0) {
      if (this.rpos >= this.rend && !this.fill()) break;
      const k = Math.min(n, this.rend - this.rpos);
      parts.push(this.rbuf.toString('latin1', this.rpos, this.rpos + k));
      this.rpos += k;
      n -= k;
    }
    return parts.join('');
  }

  /** Everything up to EOF. */
  readAll(): string {
    const parts: string[] = [];
    while (this.rpos < this.rend || this.fill()) {
      parts.push(this.rbuf.toString('latin1', this.rpos, this.rend));
      this.rpos = this.rend;
    }
    return parts.join('');
  }

  // -- Writing -------------------------------------------------------------------

  /** Drop unread buffered input: the next transfer happens at the logical position. */
  private dropReadBuffer(): void {
    if (this.rend > this.rpos) this.filePos -= this.rend - this.rpos;
    this.rpos = this.rend = 0;
  }

  /** Write bytes straight to the backend; false on error. */
  private writeDirect(b: Buffer, off: number, len: number): boolean {
    try {
      while (len > 0) {
        const n = this.be.write(b, off, len, this.filePos);
        off += n;
        len -= n;
        this.filePos += n;
      }
      if (this.append && this.be.seekable) this.filePos = this.be.size();
    } catch (e) {
      return this.fail(errnoOf(e));
    }
    return true;
  }

  /** fflush: write pending bytes; false on error (they stay pending, as in glibc). */
  flush(): boolean {
    if (this.wlen === 0 || this.wbuf === null) return true;
    if (!this.writeDirect(this.wbuf, 0, this.wlen)) return false;
    this.wlen = 0;
    return true;
  }

  /** fwrite of a byte string; true when all of it was accepted. */
  write(s: string): boolean {
    if (s.length === 0) return true; // fwrite of nothing succeeds without looking at the stream
    if (!this.canWrite) return this.fail(Errno.EBADF);
    this.dropReadBuffer();
    const data = Buffer.from(s, 'latin1');
    if (this.mode === BufMode.NONE) return this.flush() && this.writeDirect(data, 0, data.length);
    if (this.mode === BufMode.LINE) {
      const nl = data.lastIndexOf(10);
      if (nl >= 0) {
        return this.putBuffered(data.subarray(0, nl + 1)) && this.flush() && this.putBuffered(data.subarray(nl + 1));
      }
    }
    return this.putBuffered(data);
  }

  /** glibc's xsputn: fill the buffer; on overflow flush it, write whole blocks around it, buffer the tail. */
  private putBuffered(data: Buffer): boolean {
    let at = 0;
    if (this.wbuf !== null) {
      const room = Math.min(this.bufSize - this.wlen, data.length);
      data.copy(this.wbuf, this.wlen, 0, room);
      this.wlen += room;
      at = room;
    }
    const rest = data.length - at;
    if (rest === 0) return true;
    if (!this.flush()) return false;
    if (this.wbuf === null) this.wbuf = Buffer.alloc(this.bufSize);
    const direct = rest - (this.bufSize >= MIN_DIRECT_BLOCK ? rest % this.bufSize : 0);
    if (direct > 0 && !this.writeDirect(data, at, direct)) return false;
    data.copy(this.wbuf, 0, at + direct);
    this.wlen = rest - direct;
    return true;
  }

  // -- Positioning and closing -----------------------------------------------------

  /** fseeko + ftello: the new position, or -1 (errno set). */
  seek(offset: number, whence: Whence): number {
    if (!this.flush()) return -1;
    if (!this.be.seekable) { this.errno = Errno.ESPIPE; return -1; }
    let base = 0;
    if (whence === Whence.CUR) base = this.filePos - (this.rend - this.rpos);
    else if (whence === Whence.END) {
      try { base = this.be.size(); } catch (e) { this.errno = errnoOf(e); return -1; }
    }
    const pos = base + offset;
    if (!(pos >= 0)) { this.errno = Errno.EINVAL; return -1; }
    this.rpos = this.rend = 0;
    this.filePos = pos;
    this.eof = false;
    return pos;
  }

  /** setvbuf with a library-allocated buffer: unbuffering flushes first, as glibc does. */
  setvbuf(mode: BufMode): boolean {
    if (mode === BufMode.NONE && !this.flush()) return false;
    if (this.be instanceof SinkBackend) return true;
    this.mode = mode;
    return true;
  }

  /** fclose: flush and release; false when the flush or the close failed. */
  close(): boolean {
    let ok = this.flush();
    try {
      this.be.close();
    } catch (e) {
      if (ok) { this.errno = errnoOf(e); ok = false; }
    }
    return ok;
  }
}

// -- fscanf("%lf") ---------------------------------------------------------------------

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isXDigit = (c: number): boolean => isDigit(c) || ((c | 0x20) >= 97 && (c | 0x20) <= 102);
const lower = (c: number): string => (c < 0 ? '' : String.fromCharCode(c).toLowerCase());

/** LC_ALL_MASK: every category of a glibc locale_t. */
export const LC_ALL_MASK = 0x1fbf;
const cLocale = cNewlocale(LC_ALL_MASK, 'C', null);
/** strtod in the "C" locale (the VM's os.setlocale never changes the process's LC_NUMERIC). */
const strtodC = (s: string): number => cStrtodL(s, null, cLocale);

/** Read `word` case-insensitively after its first letter; false (bytes consumed) on a mismatch. */
function matchRest(st: Stream, word: string, acc: string[]): boolean {
  for (let i = 1; i < word.length; i++) {
    const c = st.getc();
    if (lower(c) !== word[i]) return false;
    acc.push(String.fromCharCode(c));
  }
  return true;
}

/**
 * fscanf(fp, "%lf"): skip white space, take the longest run of characters that can continue a
 * number (glibc's scanner: one pushed-back character at most), convert it with strtod. null when no
 * number could be read (the consumed characters stay consumed).
 */
export function scanNumber(st: Stream): number | null {
  let c: number;
  do c = st.getc(); while (isSpace(c));
  if (c < 0) return null;
  const acc: string[] = [];
  let sign = 0;
  if (c === 45 || c === 43) {
    acc.push(String.fromCharCode(c));
    sign = 1;
    c = st.getc();
    if (c < 0) return null;
  }
  const l = lower(c);
  if (l === 'n' || l === 'i') {
    acc.push(String.fromCharCode(c));
    if (!matchRest(st, l === 'n' ? 'nan' : 'inf', acc)) return null;
    if (l === 'i') {
      const d = st.getc();
      if (lower(d) === 'i') {
        acc.push('i');
        if (!matchRest(st, 'inity', acc)) return null;
      } else st.ungetc(d);
    }
    return strtodC(acc.join(''));
  }
  let hex = false, gotDigit = false, gotDot = false, gotE = false, expChar = 'e';
  if (c === 48) {
    acc.push('0');
    c = st.getc();
    if (lower(c) === 'x') {
      acc.push(String.fromCharCode(c));
      hex = true;
      expChar = 'p';
      c = st.getc();
    } else gotDigit = true;
  }
  for (;;) {
    const last = acc.length > 0 ? acc[acc.length - 1] : '';
    if (isDigit(c) || (!gotE && hex && isXDigit(c))) { acc.push(String.fromCharCode(c)); gotDigit = true; }
    else if (gotE && last === expChar && (c === 45 || c === 43)) acc.push(String.fromCharCode(c));
    else if (gotDigit && !gotE && lower(c) === expChar) { acc.push(expChar); gotE = gotDot = true; }
    else if (!gotDot && c === 46) { acc.push('.'); gotDot = true; }
    else { st.ungetc(c); break; }
    c = st.getc();
    if (c < 0) break;
  }
  if (acc.length === sign || (hex && acc.length === 2 + sign)) return null;
  const text = acc.join('');
  // strtod must convert a non-empty prefix, else the conversion failed.
  if (!/^[+-]?(?:\d|\.\d)/.test(text)) return null;
  return strtodC(text);
}

// -- Whole files (loadfile) -------------------------------------------------------------

/** The bytes of a file, or which step failed with which errno. */
export type FileData = { data: string } | { openErr: number } | { readErr: number };

/** Read a whole file as luaL_loadfile does (fopen "rb", fread to EOF). */
export function readFile(path: Buffer): FileData {
  let fd: number;
  try {
    fd = fs.openSync(path, 'r');
  } catch (e) {
    return { openErr: errnoOf(e) };
  }
  const st = Stream.fromFd(fd, true, false, false, true);
  const data = st.readAll();
  st.close();
  return st.error ? { readErr: st.errno } : { data };
}
