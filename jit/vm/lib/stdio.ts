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

/** The C library's text for the errno of a failed fs call; the message of anything else. */
export function fsErrorText(e: unknown): string {
  const errno = typeof e === 'object' && e !== null && 'errno' in e && typeof e.errno === 'number' ? -e.errno : 0;
  return errno > 0 ? strerror(errno) : String((e as Error)?.message ?? e);
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
  /** Positioned transfers at the stream's own descriptor offset; others ignore positions. */
  readonly seekable: boolean;
  /** A regular file (SEEK_END may use its size directly). */
  readonly regular: boolean;
  read(buf: Buffer, off: number, len: number, pos: number): number;
  write(buf: Buffer, off: number, len: number, pos: number): number;
  size(): number;
  close(): void;
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
const ebadf = (): never => { throw Object.assign(new Error('EBADF'), { errno: -Errno.EBADF }); };

/** A file descriptor: positioned reads and writes when it is a regular file, plain ones otherwise. */
class FdBackend implements Backend {
  constructor(readonly fd: number, readonly seekable: boolean, readonly regular: boolean,
    private readonly append: boolean, private readonly owned: boolean) {}
  read(buf: Buffer, off: number, len: number, pos: number): number {
    for (;;) {
      try {
        return fs.readSync(this.fd, buf, off, len, this.seekable ? pos : null);
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
  readonly regular = false;
  private at = 0;
  constructor(private readonly data: Buffer) {}
  read(buf: Buffer, off: number, len: number): number {
    const n = this.data.copy(buf, off, this.at, Math.min(this.data.length, this.at + len));
    this.at += n;
    return n;
  }
  write(): number { return ebadf(); }
  size(): number { return 0; }
  close(): void { /* nothing to release */ }
}

/** Bytes handed to a function (the VM's stdout sink, the write end of a pipe). */
class SinkBackend implements Backend {
  readonly seekable = false;
  readonly regular = false;
  constructor(private readonly sink: (bytes: string) => void) {}
  read(): number { return ebadf(); }
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
/** glibc's null buffer pointer: the pointers below are offsets into the buffer. */
const NUL = -1;
/** glibc's _IO_pos_BAD: the descriptor offset is not known. */
const POS_BAD = -1;
/** Direct reads bigger than this go through a temporary buffer in steps. */
const DIRECT_READ_STEP = 1 << 20;
/** LUAL_BUFFERSIZE: the first request of LuaJIT's read-everything loop. */
const READALL_FIRST = 8192;

/**
 * A FILE modelled on glibc's libio, operation by operation: one buffer (allocated at
 * first use: st_blksize up to BUFSIZ bytes, or the one-byte short buffer when unbuffered), the read
 * and write pointers into it, the putting/line/unbuffered/EOF/error flags, the descriptor offset and
 * glibc's cache of it. Programs that mix reads and writes without a seek in between, or look at a
 * file through two handles, see exactly what they see under glibc.
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
  private putting = false;
  /** The size _IO_file_doallocate picks. */
  private readonly allocSize: number;
  private buf: Buffer | null = null;
  private rbase = NUL;
  private rptr = NUL;
  private rend = NUL;
  private wbase = NUL;
  private wptr = NUL;
  private wend = NUL;
  /** The descriptor's offset (seekable backends), and glibc's _offset cache of it. */
  private koff = 0;
  private cachedOff = POS_BAD;
  /** Set for sink streams: write() hands bytes straight over. */
  private sink: ((bytes: string) => void) | undefined;

  private constructor(
    private readonly be: Backend, canRead: boolean, canWrite: boolean, private readonly appending: boolean,
    mode: BufMode, blkSize: number,
  ) {
    this.canRead = canRead;
    this.canWrite = canWrite;
    this.lineBuf = mode === BufMode.LINE;
    this.unbuffered = mode === BufMode.NONE;
    this.allocSize = blkSize > 0 && blkSize < BUFSIZ ? blkSize : BUFSIZ;
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
    // A write-only append stream starts at the end (the offset cache stays unknown); "a+" at 0.
    if (m.append && !m.read) st.sysseek(0, Whence.END);
    return st;
  }

  /** A stream over descriptor `fd` (owned: closed with the stream). */
  static fromFd(fd: number, read: boolean, write: boolean, append: boolean, owned: boolean, mode = BufMode.FULL): Stream {
    let seekable = false, regular = false, blk = BUFSIZ;
    try {
      const st = fs.fstatSync(fd);
      regular = st.isFile();
      seekable = owned && (regular || st.isBlockDevice());
      blk = st.blksize;
    } catch { /* an unusable descriptor fails at its first transfer */ }
    return new Stream(new FdBackend(fd, seekable, regular && owned, append, owned), read, write, append, mode, blk);
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

  clearerr(): void { this.eof = false; this.error = false; }

  // -- System calls ----------------------------------------------------------------

  /** read(2) at the descriptor offset: bytes read, or -1 (errno set). */
  private sysread(dst: Buffer, off: number, len: number): number {
    try {
      const n = this.be.read(dst, off, len, this.koff);
      this.koff += n;
      return n;
    } catch (e) {
      this.errno = errnoOf(e);
      return -1;
    }
  }

  /** _IO_new_file_write: write all or fail (error flag); the count written. */
  private syswrite(src: Buffer, off: number, len: number): number {
    let todo = len;
    try {
      while (todo > 0) {
        const n = this.be.write(src, off, todo, this.koff);
        off += n;
        todo -= n;
        this.koff = this.appending && this.be.seekable ? this.be.size() : this.koff + n;
      }
    } catch (e) {
      this.errno = errnoOf(e);
      this.error = true;
    }
    const done = len - todo;
    if (this.cachedOff >= 0) this.cachedOff += done;
    return done;
  }

  /** lseek(2): the new offset, or -1 (errno set). */
  private sysseek(off: number, whence: Whence): number {
    if (!this.be.seekable) { this.errno = Errno.ESPIPE; return -1; }
    let base = 0;
    if (whence === Whence.CUR) base = this.koff;
    else if (whence === Whence.END) {
      try { base = this.be.size(); } catch (e) { this.errno = errnoOf(e); return -1; }
    }
    const pos = base + off;
    if (!(pos >= 0)) { this.errno = Errno.EINVAL; return -1; }
    this.koff = pos;
    return pos;
  }

  // -- Buffer and pointers ---------------------------------------------------------

  private get bufEnd(): number { return this.buf === null ? NUL : this.buf.length; }

  private setg(b: number, p: number, e: number): void { this.rbase = b; this.rptr = p; this.rend = e; }
  private setp(b: number, e: number): void { this.wbase = this.wptr = b; this.wend = e; }

  /** _IO_doallocbuf: a full buffer, or the one-byte short buffer when unbuffered. */
  private doallocbuf(): void {
    if (this.buf !== null) return;
    this.buf = Buffer.alloc(this.unbuffered ? 1 : this.allocSize);
  }

  /** new_do_write: seek back over unread input, write, leave empty buffers. */
  private newDoWrite(data: Buffer, off: number, todo: number): number {
    if (this.appending) this.cachedOff = POS_BAD;
    else if (this.rend !== this.wbase) {
      const pos = this.sysseek(this.wbase - this.rend, Whence.CUR);
      if (pos < 0) return 0;
      this.cachedOff = pos;
    }
    const count = this.syswrite(data, off, todo);
    this.setg(0, 0, 0);
    this.wbase = this.wptr = 0;
    this.wend = this.lineBuf || this.unbuffered ? 0 : this.bufEnd;
    return count;
  }

  /** _IO_do_write of the buffered bytes [wbase, wptr). */
  private doFlush(): boolean {
    const n = this.wptr - this.wbase;
    return n === 0 || this.newDoWrite(this.buf!, this.wbase, n) === n;
  }

  /** _IO_new_file_overflow: enter put mode; then flush (ch < 0) or store one byte. */
  private overflow(ch: number): boolean {
    if (!this.canWrite) { this.error = true; this.errno = Errno.EBADF; return false; }
    if (!this.putting || this.wbase === NUL) {
      if (this.wbase === NUL) { this.doallocbuf(); this.setg(0, 0, 0); }
      if (this.rptr === this.bufEnd) this.rend = this.rptr = 0;
      this.wptr = this.wbase = this.rptr;
      this.wend = this.bufEnd;
      this.rbase = this.rptr = this.rend;
      this.putting = true;
      if (this.lineBuf || this.unbuffered) this.wend = this.wptr;
    }
    if (ch < 0) return this.doFlush();
    if (this.wptr === this.bufEnd && !this.doFlush()) return false;
    this.buf![this.wptr++] = ch;
    if (this.unbuffered || (this.lineBuf && ch === 10)) return this.doFlush();
    return true;
  }

  /** _IO_switch_to_get_mode. */
  private toGetMode(): boolean {
    if (this.wptr > this.wbase && !this.overflow(-1)) return false;
    this.rbase = this.buf === null ? NUL : 0;
    if (this.wptr > this.rend) this.rend = this.wptr;
    this.rptr = this.wptr;
    this.wbase = this.wptr = this.wend = this.rptr;
    this.putting = false;
    return true;
  }

  // -- Reading -------------------------------------------------------------------

  /** _IO_new_file_underflow: refill the buffer; its first byte, or -1 at EOF or on error. */
  private fileUnderflow(): number {
    if (this.eof) return -1;
    if (!this.canRead) { this.error = true; this.errno = Errno.EBADF; return -1; }
    if (this.rptr < this.rend) return this.buf![this.rptr];
    this.doallocbuf();
    this.toGetMode();
    this.setg(0, 0, 0);
    this.setp(0, 0);
    let n = this.sysread(this.buf!, 0, this.buf!.length);
    if (n <= 0) {
      if (n === 0) this.eof = true; else this.error = true;
      n = 0;
    }
    this.rend += n;
    if (n === 0) { this.cachedOff = POS_BAD; return -1; }
    if (this.cachedOff !== POS_BAD) this.cachedOff += n;
    return this.buf![this.rptr];
  }

  /** __underflow: leave put mode, then the next byte without taking it. */
  private underflow(): number {
    if (this.putting && !this.toGetMode()) return -1;
    if (this.rptr < this.rend) return this.buf![this.rptr];
    return this.fileUnderflow();
  }

  /** __uflow: leave put mode, then take the next byte. */
  private uflow(): number {
    if (this.putting && !this.toGetMode()) return -1;
    if (this.rptr < this.rend) return this.buf![this.rptr++];
    const c = this.fileUnderflow();
    if (c >= 0) this.rptr++;
    return c;
  }

  /** getc: the next byte, or -1 at EOF or on error. */
  getc(): number {
    return this.rptr < this.rend ? this.buf![this.rptr++] : this.uflow();
  }

  /** ungetc (_IO_sputbackc) of the byte getc just returned; -1 is ignored. */
  ungetc(c: number): void {
    if (c < 0) return;
    if (this.rptr > this.rbase) {
      this.buf![--this.rptr] = c;
      this.eof = false;
    }
  }

  /** fgets(max) (_IO_getline): up to max-1 bytes through the first newline; null when none or on a new error. */
  fgets(max: number): string | null {
    if (max <= 1) return max === 1 ? '' : null;
    const oldError = this.error;
    this.error = false;
    const parts: string[] = [];
    let n = max - 1, count = 0;
    while (n > 0) {
      let len = this.rend - this.rptr;
      if (len <= 0) {
        const c = this.uflow();
        if (c < 0) break;
        parts.push(String.fromCharCode(c));
        count++;
        if (c === 10) break;
        n--;
      } else {
        if (len >= n) len = n;
        const buf = this.buf!;
        const t = buf.indexOf(10, this.rptr);
        const stop = t >= 0 && t < this.rptr + len ? t + 1 : this.rptr + len;
        parts.push(buf.toString('latin1', this.rptr, stop));
        count += stop - this.rptr;
        n -= stop - this.rptr;
        this.rptr = stop;
        if (stop === t + 1) break;
      }
    }
    const failed = count === 0 || (this.error && this.errno !== Errno.EAGAIN);
    this.error ||= oldError;
    return failed ? null : parts.join('');
  }

  /** A direct read(2) of `count` bytes (in steps, so a huge request needs no huge buffer). */
  private readDirect(count: number, parts: string[]): number {
    let total = 0;
    while (total < count) {
      const step = Math.min(count - total, DIRECT_READ_STEP);
      const tmp = Buffer.alloc(step);
      const n = this.sysread(tmp, 0, step);
      if (n < 0) return total > 0 ? total : -1;
      parts.push(tmp.toString('latin1', 0, n));
      total += n;
      if (n < step) break;
    }
    return total;
  }

  /** fread (_IO_file_xsgetn): from the buffer, refilling it for small requests, reading around it for big ones. */
  fread(n: number): string {
    if (n <= 0) return '';
    this.doallocbuf();
    const buf = this.buf!;
    const parts: string[] = [];
    let want = n;
    while (want > 0) {
      const have = this.rend - this.rptr;
      if (want <= have) {
        parts.push(buf.toString('latin1', this.rptr, this.rptr + want));
        this.rptr += want;
        want = 0;
        break;
      }
      if (have > 0) {
        parts.push(buf.toString('latin1', this.rptr, this.rend));
        want -= have;
        this.rptr += have;
      }
      if (want < buf.length) {
        if (this.underflow() < 0) break;
        continue;
      }
      // Pending writes are dropped here, as glibc drops them (reading after writing needs a seek).
      this.setg(0, 0, 0);
      this.setp(0, 0);
      const count = buf.length >= MIN_DIRECT_BLOCK ? want - (want % buf.length) : want;
      const got = this.readDirect(count, parts);
      if (got <= 0) {
        if (got === 0) this.eof = true; else this.error = true;
        break;
      }
      want -= got;
      if (this.cachedOff !== POS_BAD) this.cachedOff += got;
    }
    return parts.join('');
  }

  /** Everything up to EOF, with the requests LuaJIT's read("*a") makes (8 KB, then doubling). */
  readAll(): string {
    const parts: string[] = [];
    let m = READALL_FIRST, n = 0;
    for (;;) {
      const s = this.fread(m - n);
      parts.push(s);
      n += s.length;
      if (n !== m) return parts.join('');
      m += m;
    }
  }

  // -- Writing -------------------------------------------------------------------

  /** fwrite of a byte string; true when fwrite reports all of it written. */
  write(s: string): boolean {
    if (s.length === 0) return true; // fwrite of nothing returns 0, which is the whole request
    if (this.sink !== undefined) { this.sink(s); return true; }
    const data = Buffer.from(s, 'latin1');
    const written = this.xsputn(data);
    // A failed final flush is reported as EOF, which fwrite counts as complete.
    return written === data.length || written === -1;
  }

  /** _IO_new_file_xsputn: fill the buffer; on overflow flush it, write whole blocks around it, buffer the tail. */
  private xsputn(data: Buffer): number {
    const n = data.length;
    let todo = n, count = 0, mustFlush = false;
    if (this.lineBuf && this.putting) {
      count = this.bufEnd - this.wptr;
      if (count >= n) {
        const nl = data.lastIndexOf(10);
        if (nl >= 0) { count = nl + 1; mustFlush = true; }
      }
    } else if (this.wend > this.wptr) {
      count = this.wend - this.wptr;
    }
    let at = 0;
    if (count > 0) {
      if (count > todo) count = todo;
      data.copy(this.buf!, this.wptr, 0, count);
      this.wptr += count;
      at = count;
      todo -= count;
    }
    if (todo === 0 && !mustFlush) return n;
    if (!this.overflow(-1)) return todo === 0 ? -1 : n - todo;
    const block = this.bufEnd;
    const direct = todo - (block >= MIN_DIRECT_BLOCK ? todo % block : 0);
    if (direct > 0) {
      const c = this.newDoWrite(data, at, direct);
      todo -= c;
      if (c < direct) return n - todo;
    }
    if (todo > 0) todo -= this.defaultXsputn(data, at + direct, todo);
    return n - todo;
  }

  /** _IO_default_xsputn: copy while there is room, one overflow per byte when there is none. */
  private defaultXsputn(data: Buffer, at: number, more: number): number {
    const n = more;
    for (;;) {
      if (this.wptr < this.wend) {
        const c = Math.min(this.wend - this.wptr, more);
        data.copy(this.buf!, this.wptr, at, at + c);
        this.wptr += c;
        at += c;
        more -= c;
      }
      if (more === 0 || !this.overflow(data[at++])) break;
      more--;
    }
    return n - more;
  }

  /** fflush (_IO_new_file_sync): write pending bytes, give unread input back to the descriptor. */
  flush(): boolean {
    if (this.wptr > this.wbase && !this.doFlush()) return false;
    const delta = this.rptr - this.rend;
    let ok = true;
    if (delta !== 0) {
      if (this.sysseek(delta, Whence.CUR) >= 0) this.rend = this.rptr;
      else if (this.errno !== Errno.ESPIPE) ok = false;
    }
    if (ok) this.cachedOff = POS_BAD;
    return ok;
  }

  // -- Positioning, buffering modes, closing ------------------------------------------

  /** fseeko + ftello as LuaJIT calls them: the new position, -1 if ftello fails, null if fseeko did (errno set). */
  seek(offset: number, whence: Whence): number | null {
    if (this.seekoff(offset, whence) < 0) return null;
    return this.tell();
  }

  /** _IO_new_file_seekoff for fseeko: reuse the buffer when the target is in it, else seek (and read to a block boundary). */
  private seekoff(offset: number, dir: Whence): number {
    const mustBeExact = this.rbase === this.rend && this.wbase === this.wptr;
    const wasWriting = this.wptr > this.wbase || this.putting;
    if (wasWriting && !this.toGetMode()) return -1;
    if (this.buf === null) {
      this.doallocbuf();
      this.setp(0, 0);
      this.setg(0, 0, 0);
    }
    if (dir === Whence.CUR) {
      offset -= this.rend - this.rptr;
      if (this.cachedOff === POS_BAD) return this.dumbSeek(offset, dir);
      offset += this.cachedOff;
      if (offset < 0) { this.errno = Errno.EINVAL; return -1; }
    } else if (dir === Whence.END) {
      if (!this.be.regular) return this.dumbSeek(offset, dir);
      try { offset += this.be.size(); } catch (e) { this.errno = errnoOf(e); return -1; }
    }
    if (this.cachedOff !== POS_BAD && this.rbase !== NUL) {
      const start = this.cachedOff - this.rend;
      if (offset >= start && offset < this.cachedOff) {
        this.setg(0, offset - start, this.rend);
        this.setp(0, 0);
        this.eof = false;
        this.sysseek(this.cachedOff, Whence.SET);
        return offset;
      }
    }
    if (!this.canRead) return this.dumbSeek(offset, Whence.SET);
    const size = this.buf!.length;
    let blockStart = Number(BigInt(offset) & ~BigInt(size - 1));
    let delta = offset - blockStart;
    if (delta > size) { blockStart = offset; delta = 0; }
    const result = this.sysseek(blockStart, Whence.SET);
    if (result < 0) return -1;
    let count = 0;
    if (delta !== 0) {
      count = this.sysread(this.buf!, 0, mustBeExact ? delta : size);
      if (count < delta) return this.dumbSeek(count < 0 ? delta : delta - count, Whence.CUR);
    }
    this.setg(0, delta, count);
    this.setp(0, 0);
    this.cachedOff = result + count;
    this.eof = false;
    return offset;
  }

  /** seekoff's plain lseek path. */
  private dumbSeek(offset: number, dir: Whence): number {
    const r = this.sysseek(offset, dir);
    if (r >= 0) {
      this.eof = false;
      this.cachedOff = r;
      this.setg(0, 0, 0);
      this.setp(0, 0);
    }
    return r;
  }

  /** ftello (do_ftell): the descriptor offset adjusted for buffered bytes; -1 on failure. */
  private tell(): number {
    let adj = 0;
    if (this.buf !== null) {
      const unflushed = this.wptr > this.wbase;
      if (unflushed && this.appending) {
        const r = this.sysseek(0, Whence.END);
        if (r < 0) return -1;
        this.cachedOff = r;
      }
      if (!unflushed) adj -= this.rend - this.rptr;
      else if (this.appending) adj += this.wptr - this.wbase;
      else adj += this.wptr - this.rend;
    }
    const base = this.cachedOff !== POS_BAD ? this.cachedOff : this.sysseek(0, Whence.CUR);
    if (base < 0) return -1;
    const pos = base + adj;
    if (pos < 0) { this.errno = Errno.EINVAL; return -1; }
    return pos;
  }

  /**
   * setvbuf with no buffer given (glibc _IO_setvbuf): "full" allocates a buffer if there is none;
   * "line" only sets the flag; "no" flushes and switches to the one-byte short buffer for good.
   */
  setvbuf(mode: BufMode): boolean {
    if (this.sink !== undefined) return true; // the VM's stdout keeps print's order
    if (mode === BufMode.FULL) {
      this.lineBuf = this.unbuffered = false;
      if (this.buf === null) this.buf = Buffer.alloc(this.allocSize);
      return true;
    }
    if (mode === BufMode.LINE) {
      this.unbuffered = false;
      this.lineBuf = true;
      return true;
    }
    this.lineBuf = false;
    this.unbuffered = true;
    if (!this.flush()) return false;
    this.buf = Buffer.alloc(1);
    this.setp(0, 0);
    this.wend = 0;
    this.setg(0, 0, 0);
    return true;
  }

  /** fclose (_IO_new_file_close_it): flush if in put mode, then close; false if either failed. */
  close(): boolean {
    const flushed = !(this.canWrite && this.putting) || this.doFlush();
    let closed = true;
    try {
      this.be.close();
    } catch (e) {
      this.errno = errnoOf(e);
      closed = false;
    }
    return flushed && closed;
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

/** Key of the VM's stdin reader in Global.libState: io registers it, dofile() without a name uses it. */
export const STDIN_READER = Symbol('stdin reader');
export type StdinReader = () => { data: string } | { readErr: number };
