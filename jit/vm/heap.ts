// The linear heap: one mmap'd region shared with native code, typed-array views, allocator. (lj_alloc.c, lj_gc.h)
// All Lua objects live here and refer to each other by 32-bit byte offsets (0 = NULL).
import koffi from 'koffi';

/** Bytes reserved for the heap (MAP_NORESERVE: pages are committed on first touch). */
export const HEAP_RESERVE = 1 << 30;
/** Offsets below this are never handed out, so 0 can mean NULL. */
const HEAP_FIRST = 64;

const PROT_READ = 1, PROT_WRITE = 2;
const MAP_PRIVATE = 0x02, MAP_ANONYMOUS = 0x20, MAP_NORESERVE = 0x4000;
const MADV_DONTNEED = 4;

const libc = koffi.load('libc.so.6');
const mmap = libc.func('void *mmap(void *addr, size_t len, int prot, int flags, int fd, long off)');
const madvise = libc.func('int madvise(void *addr, size_t len, int advice)');

const region = mmap(null, HEAP_RESERVE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
if (region === null) throw new Error('tracefuzz: cannot reserve the VM heap (mmap failed)');
const buffer: ArrayBuffer = koffi.view(region, HEAP_RESERVE) as ArrayBuffer;

/** Native address of heap offset 0 (for machine code, later). */
export const heapBase: bigint = koffi.address(region) as bigint;
export const u8 = new Uint8Array(buffer);
export const u32 = new Uint32Array(buffer);
export const f64 = new Float64Array(buffer);

/** Raised when the heap limit is reached; the VM turns it into the Lua error "not enough memory". */
export class HeapExhausted extends Error {
  constructor() { super('not enough memory'); }
}

// -- Allocator ---------------------------------------------------------------
// Bump allocation plus exact-size free lists (8-byte granules). Blocks carry no
// header of their own: GC objects know their size, vectors are freed with theirs.

const SMALL_MAX = 512;
const smallFree = new Int32Array(SMALL_MAX / 8 + 1); // head of free list per granule count (0 = empty)
const largeFree = new Map<number, number[]>();

/**
 * Shared with the interpreter: [0] = bytes in use, [1] = the collection threshold. The interpreter
 * compares them at its safe points (one typed-array read each), so the allocator never collects.
 */
export const gcFlag = new Int32Array(2);

let top = HEAP_FIRST;
let limit = HEAP_RESERVE;
let inUse = 0;
let highWater = HEAP_FIRST;

/** Forget every object and give the pages back (a fresh VM reuses the region). */
export function reset(heapLimit?: number): void {
  if (highWater > HEAP_FIRST) {
    madvise(region, highWater, MADV_DONTNEED); // zero-fills on next touch
  }
  top = HEAP_FIRST;
  highWater = HEAP_FIRST;
  inUse = 0;
  gcFlag[0] = 0;
  smallFree.fill(0);
  largeFree.clear();
  limit = heapLimit !== undefined ? Math.min(Math.max(heapLimit, 1 << 20), HEAP_RESERVE) : HEAP_RESERVE;
}

/** Allocate `size` bytes (rounded up to 8), zero-filled. Throws HeapExhausted past the limit. */
export function alloc(size: number): number {
  size = (size + 7) & ~7;
  let p = 0;
  if (size <= SMALL_MAX) {
    const g = size >> 3;
    p = smallFree[g];
    if (p !== 0) {
      smallFree[g] = u32[p >> 2];
      u8.fill(0, p, p + size);
    }
  } else {
    const l = largeFree.get(size);
    if (l !== undefined && l.length > 0) {
      p = l.pop()!;
      u8.fill(0, p, p + size);
    }
  }
  if (p === 0) {
    if (top + size > limit) throw new HeapExhausted();
    p = top;
    top += size;
    if (top > highWater) highWater = top;
  }
  inUse += size;
  gcFlag[0] = inUse;
  return p;
}

/** Return a block of `size` bytes to the free lists. */
export function free(p: number, size: number): void {
  size = (size + 7) & ~7;
  inUse -= size;
  gcFlag[0] = inUse;
  if (size <= SMALL_MAX) {
    const g = size >> 3;
    u32[p >> 2] = smallFree[g];
    smallFree[g] = p;
  } else {
    let l = largeFree.get(size);
    if (l === undefined) largeFree.set(size, (l = []));
    l.push(p);
  }
}

/** The heap limit in force (bytes). */
export const heapLimitBytes = (): number => limit;

/** Bytes currently allocated (live objects plus garbage not yet swept). */
export const bytesInUse = (): number => inUse;
/** Highest offset ever handed out since the last reset. */
export const bytesMapped = (): number => highWater;

reset();
