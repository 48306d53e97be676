// The address space all VMs share with native code, and each VM's own arena in it. (lj_alloc.c, lj_mcode.c)
//
// One region is mapped once per process (MAP_NORESERVE: pages are committed on first touch) and seen
// through typed-array views; references between objects are 32-bit byte offsets into it (0 = NULL),
// kept below 2^31 so that `>> 2` and `>> 3` on them stay non-negative. The region is memory, not VM
// state: each VM owns an Arena — runs of address space handed out by the run allocator below, a bump
// pointer, exact-size free lists and its byte count — so two VMs in one process never share a block.
import koffi from 'koffi';

/** Bytes reserved for all VM heaps of the process. */
export const HEAP_RESERVE = 2 ** 31;
/** Address space is handed to arenas in runs of whole chunks of this size. */
const CHUNK = 1 << 20;
const NCHUNKS = HEAP_RESERVE / CHUNK;
/** The first chunk is never handed out, so 0 can mean NULL and small offsets are never valid. */
const FIRST_CHUNK = 1;
/** An arena's first run; later runs double up to RUN_MAX (or fit one large block). */
const RUN_MIN = 1 << 20;
const RUN_MAX = 64 << 20;

const PROT_READ = 1, PROT_WRITE = 2;
const MAP_PRIVATE = 0x02, MAP_ANONYMOUS = 0x20, MAP_NORESERVE = 0x4000;
const MADV_DONTNEED = 4;

const libc = koffi.load('libc.so.6');
const mmap = libc.func('void *mmap(void *addr, size_t len, int prot, int flags, int fd, long off)');
const madvise = libc.func('int madvise(uintptr_t addr, size_t len, int advice)');

const region = mmap(null, HEAP_RESERVE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
if (region === null) throw new Error('tracefuzz: cannot reserve the VM address space (mmap failed)');
const buffer: ArrayBuffer = koffi.view(region, HEAP_RESERVE) as ArrayBuffer;
const regionAddr: bigint = koffi.address(region) as bigint;

/** Native address of offset 0 (machine code adds offsets to it). */
export const heapBase: bigint = regionAddr;
export const u8 = new Uint8Array(buffer);
export const u16 = new Uint16Array(buffer);
export const u32 = new Uint32Array(buffer);
export const i32 = new Int32Array(buffer);
export const f64 = new Float64Array(buffer);

// -- Runs of address space ----------------------------------------------------
// First fit over a chunk map: address space, like physical memory, belongs to the process.

const chunkUsed = new Uint8Array(NCHUNKS);

function takeRun(bytes: number): number {
  const n = Math.ceil(bytes / CHUNK);
  let run = 0;
  for (let c = FIRST_CHUNK; c < NCHUNKS; c++) {
    run = chunkUsed[c] === 0 ? run + 1 : 0;
    if (run === n) {
      const first = c - n + 1;
      chunkUsed.fill(1, first, c + 1);
      return first * CHUNK;
    }
  }
  return 0;
}

function giveRun(p: number, bytes: number, touched: number): void {
  if (touched > 0) madvise(regionAddr + BigInt(p), touched, MADV_DONTNEED);
  chunkUsed.fill(0, p / CHUNK, (p + bytes) / CHUNK);
}

// -- Arena ---------------------------------------------------------------------
// Bump allocation plus exact-size free lists (8-byte granules). Blocks carry no header of their own:
// GC objects know their size, vectors are freed with theirs. alloc() never throws and never
// collects: it returns 0 past the limit and the caller raises "not enough memory" (machine code
// will call it too), and collection happens only where the interpreter checks (lj_gc_check).

const SMALL_MAX = 512;

interface Run { start: number; size: number }

/** One VM's heap: the runs it owns and its allocator state. */
export class Arena {
  private readonly runs: Run[] = [];
  private top = 0;
  private end = 0;
  private readonly smallFree = new Int32Array(SMALL_MAX / 8 + 1); // free list head per granule count
  private readonly largeFree = new Map<number, number[]>();
  /** Bytes allocated and not freed (live objects plus garbage not yet swept). */
  inUse = 0;
  /** Most bytes ever bump-allocated from runs (the memory this VM has touched). */
  touched = 0;
  /** Word index of a u32 the arena keeps equal to inUse - untracked (the GC's `total` in the G block); 0 = none. */
  totalWord = 0;
  /** Bytes in use that the GC's total leaves out (see untrack). */
  private untracked = 0;
  readonly limit: number;

  /** `limit`: most bytes in use at once (the VM's heap limit); default: no limit but the address space. */
  constructor(limit?: number) {
    this.limit = limit !== undefined ? Math.min(Math.max(limit, 1 << 20), HEAP_RESERVE) : HEAP_RESERVE;
  }

  /** Allocate `size` bytes (rounded up to 8), zero-filled; 0 when the limit or the address space is exhausted. */
  alloc(size: number): number {
    size = (size + 7) & ~7;
    if (this.inUse + size > this.limit) return 0;
    let p = 0;
    if (size <= SMALL_MAX) {
      const g = size >> 3;
      p = this.smallFree[g];
      if (p !== 0) {
        this.smallFree[g] = u32[p >> 2];
        u8.fill(0, p, p + size);
      }
    } else {
      const l = this.largeFree.get(size);
      if (l !== undefined && l.length > 0) {
        p = l.pop()!;
        u8.fill(0, p, p + size);
      }
    }
    if (p === 0) {
      if (this.top + size > this.end && !this.grow(size)) return 0;
      p = this.top;
      this.top += size;
      this.touched += size;
    }
    this.inUse += size;
    if (this.totalWord !== 0) u32[this.totalWord] = this.inUse - this.untracked;
    return p;
  }

  /** Return a block of `size` bytes to the free lists. */
  free(p: number, size: number): void {
    size = (size + 7) & ~7;
    this.inUse -= size;
    if (this.totalWord !== 0) u32[this.totalWord] = this.inUse - this.untracked;
    this.pushFree(p, size);
  }

  private pushFree(p: number, size: number): void {
    if (size <= SMALL_MAX) {
      const g = size >> 3;
      u32[p >> 2] = this.smallFree[g];
      this.smallFree[g] = p;
    } else {
      let l = this.largeFree.get(size);
      if (l === undefined) this.largeFree.set(size, (l = []));
      l.push(p);
    }
  }

  /**
   * Leave `bytes` (allocated, never freed while the VM lives) out of the GC's total: the main thread's
   * stack is allocated at its full size up front, where LuaJIT's starts small and grows, and would
   * otherwise pace every collection.
   */
  untrack(bytes: number): void {
    this.untracked += (bytes + 7) & ~7;
    if (this.totalWord !== 0) u32[this.totalWord] = this.inUse - this.untracked;
  }

  /** Give every run back to the process (the VM is closed; its offsets must not be used again). */
  release(): void {
    for (const r of this.runs) giveRun(r.start, r.size, r === this.runs[this.runs.length - 1] ? this.top - r.start : r.size);
    this.runs.length = 0;
    this.top = this.end = 0;
  }

  private grow(size: number): boolean {
    const last = this.runs.length > 0 ? this.runs[this.runs.length - 1].size : 0;
    const want = Math.max(size, Math.min(RUN_MAX, Math.max(RUN_MIN, 2 * last)));
    const bytes = Math.ceil(want / CHUNK) * CHUNK;
    const start = takeRun(bytes);
    if (start === 0) return false;
    // The unused tail of the old run is kept for blocks of exactly its size (runs end 8-aligned).
    if (this.end > this.top) this.pushFree(this.top, this.end - this.top);
    this.runs.push({ start, size: bytes });
    this.top = start;
    this.end = start + bytes;
    return true;
  }
}
