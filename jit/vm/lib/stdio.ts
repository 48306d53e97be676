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
 * A FILE as glibc's libio keeps it: one buffer (allocated at first use, st_blksize bytes, or the
 * one-byte "short buffer" once unbuffered), a read window in it, a write window in it
 * (base/ptr/end, as offsets), the putting/line/unbuffered flags and the error/EOF flags. The write
 * side follows _IO_new_file_xsputn and _IO_new_file_overflow step by step, because when bytes reach
 * the file is visible through other handles. Transfers happen at the logical position (the file
 * position minus unread input), which is where glibc's seeks-before-writes put them.
 */
export class Stream {
  eof = false;
  error = false;
  /** errno of the last failure. */
  errno = 0;
  readonly canRead: boolean;
  private readonly canWrite: boolean;
  private lineBuf: boolean;
  private unbuffered: boolean;
  /** The size a buffer gets when allocated (st_blksize or BUFSIZ). */
  private readonly blkSize: number;
  /** 0 until the buffer is allocated. */
  private bufSize = 0;
  /** Position of the backend's next transfer (seekable backends). */
  private filePos = 0;
  private rbuf: Buffer = Buffer.alloc(0);
  private rpos = 0;
  private rend = 0;
  private wbuf: Buffer = Buffer.alloc(0);
  /** In put mode (_IO_CURRENTLY_PUTTING); write_base, write_ptr - write_base, write_end as offsets. */
  private putting = false;
  private wbase = 0;
  private wlen = 0;
  private wend = 0;
  /** Set for sink streams: write() hands bytes straight over. */
  private sink: ((bytes: string) => void) | undefined;

  private constructor(
    private readonly be: Backend, canRead: boolean, canWrite: boolean, private readonly append: boolean, mode: BufMode, blkSize: number,
  ) {
    this.canRead = canRead;
    this.canWrite = canWrite;
    this.lineBuf = mode === BufMode.LINE;
    this.unbuffered = mode === BufMode.NONE;
    this.blkSize = blkSize;
  }

  /** fopen: the stream, or the errno it failed with. */
  static open(path: Buffer, m: OpenMode): Stream | number {
    let fd: number;
    try {
      fd = fs.openSync(path, m.flags, CREATE_PERMS);
    } catch (e) {
      return errnoOf(e);
    }
    const st = Stream.fromFd(fd, m.read, m.write, m.append, true);
    // glibc starts a write-only append stream at the end; "a+" starts at 0.
    if (m.append && !m.read && st.be.seekable) {
      try { st.filePos = st.be.size(); } catch { /* stays 0 */ }
    }
    return st;
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

  /** A write-only unbuffered stream whose bytes go to `sink` (as they come: no buffer to model). */
  static toSink(sink: (bytes: string) => void): Stream {
    const st = new Stream(new SinkBackend(sink), false, true, false, BufMode.NONE, BUFSIZ);
    st.sink = sink;
    return st;
  }

  private fail(en: number): false {
    this.error = true;
    this.errno = en;
    return false;
  }

  clearerr(): void { this.eof = false; this.error = false; }

  /** _IO_doallocbuf: a full buffer, or the one-byte short buffer when unbuffered. */
  private allocate(): void {
    if (this.bufSize !== 0) return;
    this.bufSize = this.unbuffered ? 1 : this.blkSize;
    this.wbuf = Buffer.alloc(this.bufSize);
  }

  // -- Reading -------------------------------------------------------------------

  /** Leave put mode, writing what is pending (_IO_switch_to_get_mode). */
  private toGetMode(): boolean {
    if (this.wlen > 0 && !this.doWrite()) return false;
    this.putting = false;
    this.wbase = this.wlen = this.wend = 0;
    return true;
  }

  /** Refill the read buffer (underflow); false at EOF or on error. */
  private fill(): boolean {
    if (this.eof) return false;
    if (!this.canRead) return this.fail(Errno.EBADF);
    this.allocate();
    if (this.putting && !this.toGetMode()) return false;
    if (this.rbuf.length < this.bufSize) this.rbuf = Buffer.alloc(this.bufSize);
    let n: number;
    try {
      n = this.be.read(this.rbuf, this.bufSize, this.filePos);
    } catch (e) {
      return this.fail(errnoOf(e));
    }
    this.rpos = this.rend = 0;
    if (n === 0) { this.eof = true; return false; }
    this.filePos += n;
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
    const b = Buffer.alloc(Math.max(this.rbuf.length, this.rend + 1));
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

  /** Write bytes straight to the backend (new_do_write); false on error. */
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
    // new_do_write leaves an empty buffer: full room unless line buffered or unbuffered.
    this.wbase = this.wlen = 0;
    this.wend = this.lineBuf || this.unbuffered ? 0 : this.bufSize;
    return true;
  }

  /** _IO_do_write of the pending bytes (nothing to do when there are none). */
  private doWrite(): boolean {
    return this.wlen === 0 || this.writeDirect(this.wbuf, this.wbase, this.wlen);
  }

  /** Enter put mode if needed (the set-up half of _IO_new_file_overflow). */
  private toPutMode(): void {
    if (this.putting && this.bufSize !== 0) return;
    this.allocate();
    // Writing starts where reading stopped in the shared buffer (at its start if it was used up).
    this.wbase = this.rend > 0 && this.rpos < this.bufSize ? this.rpos : 0;
    this.dropReadBuffer();
    this.wlen = 0;
    this.wend = this.lineBuf || this.unbuffered ? this.wbase : this.bufSize;
    this.putting = true;
  }

  /** _IO_new_file_overflow(fp, EOF): enter put mode and write what is pending. */
  private overflow(): boolean {
    this.toPutMode();
    return this.doWrite();
  }

  /** _IO_new_file_overflow(fp, ch): store one byte, flushing when full, at newlines, or unbuffered. */
  private overflowChar(ch: number): boolean {
    this.toPutMode();
    if (this.wbase + this.wlen === this.bufSize && !this.doWrite()) return false;
    this.wbuf[this.wbase + this.wlen++] = ch;
    if (this.unbuffered || (this.lineBuf && ch === 10)) return this.doWrite();
    return true;
  }

  /** fflush: write pending bytes; false on error (they stay pending, as in glibc). */
  flush(): boolean {
    return this.doWrite();
  }

  /** fwrite of a byte string (_IO_new_file_xsputn); true when all of it was accepted. */
  write(s: string): boolean {
    if (s.length === 0) return true; // fwrite of nothing succeeds without looking at the stream
    if (!this.canWrite) return this.fail(Errno.EBADF);
    if (this.sink !== undefined) { this.sink(s); return true; }
    const data = Buffer.from(s, 'latin1');
    let at = 0, todo = data.length, count = 0, mustFlush = false;
    const wptr = this.wbase + this.wlen;
    if (this.lineBuf && this.putting) {
      count = this.bufSize - wptr;
      if (count >= todo) {
        const nl = data.lastIndexOf(10);
        if (nl >= 0) { count = nl + 1; mustFlush = true; }
      }
    } else if (this.putting && this.wend > wptr) {
      count = this.wend - wptr;
    }
    if (count > 0) {
      count = Math.min(count, todo);
      data.copy(this.wbuf, wptr, 0, count);
      this.wlen += count;
      at = count;
      todo -= count;
    }
    if (todo === 0 && !mustFlush) return true;
    if (!this.overflow()) return false;
    const direct = todo - (this.bufSize >= MIN_DIRECT_BLOCK ? todo % this.bufSize : 0);
    if (direct > 0 && !this.writeDirect(data, at, direct)) return false;
    return this.putRest(data, at + direct, todo - direct);
  }

  /** _IO_default_xsputn: fill the buffer, one overflow per byte when it is full. */
  private putRest(data: Buffer, at: number, more: number): boolean {
    for (;;) {
      const room = this.putting ? this.wend - (this.wbase + this.wlen) : 0;
      if (room > 0) {
        const c = Math.min(room, more);
        data.copy(this.wbuf, this.wbase + this.wlen, at, at + c);
        this.wlen += c;
        at += c;
        more -= c;
      }
      if (more === 0) return true;
      if (!this.overflowChar(data[at++])) return false;
      more--;
    }
  }

  // -- Positioning and closing -----------------------------------------------------

  /** fseeko + ftello: the new position, or -1 (errno set). */
  seek(offset: number, whence: Whence): number {
    if (this.putting && !this.toGetMode()) return -1;
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

  /**
   * setvbuf with no buffer given (glibc _IO_setvbuf): "no" flushes and switches to the one-byte
   * short buffer for good; "full" allocates a buffer if there is none; "line" only sets the flag.
   */
  setvbuf(mode: BufMode): boolean {
    if (this.be instanceof SinkBackend) return true; // the VM's stdout keeps print's order
    if (mode === BufMode.NONE) {
      if (!this.doWrite()) return false;
      this.dropReadBuffer();
      this.unbuffered = true;
      this.lineBuf = false;
      this.bufSize = 1;
      this.wbuf = Buffer.alloc(1);
      this.wbase = this.wlen = this.wend = 0;
    } else {
      this.unbuffered = false;
      this.lineBuf = mode === BufMode.LINE;
      if (mode === BufMode.FULL) this.allocate();
    }
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
  // vfscanf refuses a stream opened without reading (EBADF) before touching it: no error flag.
  if (!st.canRead) { st.errno = Errno.EBADF; return null; }
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
