// The Lua state: one VM's global state (G) and its threads (L), frames, errors raised on their
// behalf. (lj_state.c, lj_frame.h, lj_err.c)
//
// A VM is one `newGlobal()` call: an arena of its own in the shared address space, the G and J
// blocks in it (what machine code reads: clock, GC counters, hot counters, exit state), and the
// TypeScript side below; two VMs share nothing. Frames follow LuaJIT's two-slot layout (LJ_FR2,
// as the GC64 reference's bytecode assumes) with non-GC64 8-byte TValues. Below a frame's BASE:
// slot BASE-2 holds the function, slot BASE-1 the frame link in its low word (its high word is
// kept nil so the slot never looks like an object):
//   Lua frame:   link = return PC as a byte address (PC*4); its low 2 bits are 0 (FRAME_LUA).
//                The caller's BASE is recovered from the CALL at PC-1: base - 2 - A.
//   other types: link = (delta in bytes to the previous frame's BASE) | type, type in the low 3 bits.
//   Continuation frames (metamethods called by the interpreter) have two more slots below:
//   BASE-4 holds the continuation (CONT), BASE-3 the PC to resume the caller at.
import { u8, u32, f64, Arena } from './heap.js';
import {
  T, GCT, GC_GCT, GC_NEXT, GG_SIZE, J_OFS, G_CLOCK, G_BUDGET, G_GC_TOTAL, G_GC_ROOT, G_CUR_L, G_MMNAME,
  G_BASEMT, G_REGISTRY, G_NILNODE, G_TMPTV, G_TMPTV_COUNT, G_VMWORDS, TH_ID, TH_STACK, TH_MAXSLOT, TH_BASE, TH_TOP,
  TH_OPENUPVAL, TH_SIZE, TV_SIZE, TV_IT, FF, FN_FFID, FN_PROTO, UV_V, UV_TV, UV_CLOSED, UV_NEXTOPEN, MMNAME_COUNT, FRAME_SLOTS,
} from './obj.js';
import { LuaError, ErrMsg } from './err.js';
import { StrTab, newStr } from './str.js';
import * as tab from './tab.js';
import { newCFunc, newOpenUpval, cfuncId, type LProto } from './func.js';
import { initHotcount, hotcountView } from './dispatch.js';
import { GCState } from './gc.js';
import { JitState } from '../trace/jit.js';
import { MMNAMES, BC, insAD } from '../bytecode/bcdef.js';

export const enum Frame {
  LUA = 0, C = 1, CONT = 2, VARG = 3, LUAP = 4, CP = 5, PCALL = 6, PCALLH = 7,
  TYPE = 3, TYPEP = 7,
}

export { FRAME_SLOTS } from './obj.js';
/** Slots a continuation frame takes below its BASE: continuation, PC, function, link. */
export const CONT_SLOTS = 4;

/** Continuations: what the interpreter does with a metamethod's result (lj_vm cont_*). */
export const enum Cont {
  /** Store the first result in the A register of the instruction that called the metamethod. */
  RA = 1,
  /** Ignore the results (__newindex). */
  NOP = 2,
  /** Take the comparison's branch if the result is true / false. */
  CONDT = 3, CONDF = 4,
  /** Continue a concatenation with the result. */
  CAT = 5,
}

/** Slots a C function may use above its arguments without checking (LUA_MINSTACK). */
export const LUA_MINSTACK = 20;
/** Maximum stack slots of a thread (LuaJIT's LJ_STACK_MAX). */
export const STACK_MAX = 65500;
/** Extra slots kept free above the limit for error handling. */
export const STACK_EXTRA = 5 + 2 * LUA_MINSTACK + 256;
/** Nested TypeScript-level calls (library callbacks, resumes) before "C stack overflow". */
export const MAX_CCALLS = 200;

/** Instruction words the interpreter dispatches to that are not in any prototype (G_VMWORDS). */
export const enum VMWord {
  /** `RETM 0 0`: return MULTRES values at BASE through the frame link (C function results, pcall errors). */
  RETM = 0,
  /** A call the interpreter set up itself (a metamethod): rewritten before each use. */
  CALL = 1,
}

/** Opcodes of the VM words: past the last bytecode, so no prototype contains them. */
export const enum VMOp { RETM = BC.MAX, CALL = BC.MAX + 1 }

/** Coroutine status (the running thread is RUNNING; one that resumed another is NORMAL). */
export const enum CoStatus { SUSPENDED, RUNNING, NORMAL, DEAD }

/**
 * A library function: args in slots base..base+nargs-1; writes results from `base` and returns their
 * count, or FFH_TAILCALL after putting a callable in slot base-2 and its arguments in base..L.top-1.
 */
export type CFunction = (L: LuaState, base: number, nargs: number) => number;

/** A library function's request to be replaced by a call (LuaJIT's FFH_TAILCALL): tostring's __tostring. */
export const FFH_TAILCALL = -2;

export interface CFuncInfo {
  fn: CFunction;
  name: string;
  /** Its C upvalues as debug.getupvalue/setupvalue see them (n is 1-based; LuaJIT's count is in ffdef). */
  upvalues?: { get(n: number, dst: number): void; set(n: number, src: number): void };
}

/** A VM's global state: its heap, its G/J blocks, and the TypeScript-side tables. */
export class Global {
  readonly mem: Arena;
  /** The G block; the J block follows at addr + J_OFS. */
  readonly addr: number;
  readonly J: JitState;
  readonly strs = new StrTab();
  readonly gc: GCState;
  /** Slot index of G's first scratch TValue (TMPTV names them). */
  readonly tmp: number;
  /** G's shared empty node (tables without a hash part point at it). */
  readonly nilnode: number;
  /** Word index of G's first VM instruction word (VMWord). */
  readonly vmwords: number;
  /** G's hot counters, as a view of their 64 u16s in the heap. */
  readonly hotcount: Uint16Array;
  protos: LProto[] = [];
  cfuncs: (CFuncInfo | undefined)[] = [];
  /** Ids of freed C functions, reused so that a loop creating closures does not grow cfuncs. */
  cfuncFree: number[] = [];
  /** Threads by id; the main thread is threads[0]. */
  threads: (LuaState | undefined)[] = [];
  mainThread!: LuaState;
  /** The running thread (its object is also in G_CUR_L). */
  cur!: LuaState;
  /** The global table (env of the main chunk and of loadstring'ed chunks). */
  globals = 0;
  /** Library function objects: always roots. */
  builtins: number[] = [];
  /** Builtins that other code recognises by identity. */
  nextFunc = 0;
  tostringFunc = 0;
  tostringName = 0;
  ipairsAux = 0;
  /** "not enough memory", interned up front: when the heap is full there is no room to make it. */
  errmem = 0;
  /** How deeply resumes are nested (each is a TypeScript-level recursion). */
  resumeDepth = 0;
  /** Planted bugs (fault.ts Fault bits): 0 unless a test asked for some through RunOptions.faults. */
  faults = 0;
  /** Output sink and buffer. */
  out: string[] = [];
  outLen = 0;
  write: ((s: string) => void) | undefined;
  private readonly libStates = new Map<symbol, unknown>();
  /** Run by close(): libraries release what lives outside the heap (open files). */
  private readonly closers: (() => void)[] = [];

  /** Called by newGlobal(); `heapLimit` bounds the bytes in use. */
  constructor(heapLimit?: number) {
    this.mem = new Arena(heapLimit);
    const a = this.mem.alloc(GG_SIZE);
    if (a === 0) throw new Error('tracefuzz: no address space left for a new VM');
    this.addr = a;
    this.mem.totalWord = (a + G_GC_TOTAL) >> 2;
    this.mem.untrack(0);
    this.tmp = (a + G_TMPTV) >> 3;
    for (let i = 0; i < G_TMPTV_COUNT; i++) u32[((this.tmp + i) << 1) + 1] = T.NIL;
    this.nilnode = a + G_NILNODE;
    tab.initNode(this.nilnode);
    this.vmwords = (a + G_VMWORDS) >> 2;
    u32[this.vmwords + VMWord.RETM] = insAD(VMOp.RETM, 0, 0);
    u32[(a + G_REGISTRY + TV_IT) >> 2] = T.NIL;
    this.hotcount = hotcountView(a);
    this.budget = Infinity;
    this.J = new JitState(a + J_OFS);
    initHotcount(a, this.J.param('hotloop'));
    this.gc = new GCState(this);
  }

  /** A new GC object of `size` bytes with type `gct`, on the VM's object list; 0 when the heap is full. */
  newObj(size: number, gct: GCT): number {
    const o = this.mem.alloc(size);
    if (o === 0) return 0;
    u8[o + GC_GCT] = gct;
    const root = (this.addr + G_GC_ROOT) >> 2;
    u32[(o + GC_NEXT) >> 2] = u32[root];
    u32[root] = o;
    return o;
  }

  /** Head of the list of all objects (the sweep rewrites it). */
  get objRoot(): number { return u32[(this.addr + G_GC_ROOT) >> 2]; }
  set objRoot(o: number) { u32[(this.addr + G_GC_ROOT) >> 2] = o; }

  get clock(): number { return f64[(this.addr + G_CLOCK) >> 3]; }
  set clock(c: number) { f64[(this.addr + G_CLOCK) >> 3] = c; }
  /** The instruction budget: a run stops with status 'timeout' once the clock passes it. */
  get budget(): number { return f64[(this.addr + G_BUDGET) >> 3]; }
  set budget(c: number) { f64[(this.addr + G_BUDGET) >> 3] = c; }

  /** The interned name of metamethod `mm` ("__index"...). */
  mmname(mm: number): number { return u32[((this.addr + G_MMNAME) >> 2) + mm]; }
  /** Metatable of values of base type index `i` (~itype, BASEMT_NUM for numbers); 0 = none. */
  basemt(i: number): number { return u32[((this.addr + G_BASEMT) >> 2) + i]; }
  setBasemt(i: number, mt: number): void { u32[((this.addr + G_BASEMT) >> 2) + i] = mt; }
  get registry(): number { return u32[(this.addr + G_REGISTRY) >> 2]; }

  /** Make `L` the running thread. */
  setCurrent(L: LuaState): void {
    this.cur = L;
    u32[(this.addr + G_CUR_L) >> 2] = L.th;
  }

  /** Per-VM state of a library module, made on first use. */
  libState<S>(key: symbol, make: () => S): S {
    let s = this.libStates.get(key) as S | undefined;
    if (s === undefined) this.libStates.set(key, (s = make()));
    return s;
  }

  /** Have `fn` run when the VM is closed, before its memory goes (lua_close running finalizers). */
  onClose(fn: () => void): void { this.closers.push(fn); }

  /** Give the VM's memory back (lua_close); nothing of it may be used afterwards. */
  close(): void {
    try {
      for (const fn of this.closers) fn();
    } finally {
      this.closers.length = 0;
      this.mem.release();
    }
  }
}

/**
 * A thread: a stack block and the GCthread object that describes it (machine code reads BASE, TOP
 * and the stack bounds there), plus what only TypeScript needs.
 */
export class LuaState {
  /** The GCthread object. */
  readonly th: number;
  private readonly w: number;
  /** Slot past the extra slots above maxslot; bytes of the stack block (it moves when a coroutine's stack grows). */
  stackEnd: number;
  stackBytes: number;
  /** PC (word index) of the next instruction of the running Lua frame, at the last sync. */
  pc = 0;
  ccalls = 0;
  /** BASE and PC when the last error was thrown (for tracebacks after unwinding). */
  errbase = 0;
  errpc = 0;
  /** Coroutine state: status, whether it ran yet, where a yield left its values. */
  status = CoStatus.RUNNING;
  started = false;
  yieldBase = 0;
  yieldN = 0;
  /** Ran since the last collection (its stack above the live top may hold stale references). */
  dirty = true;
  /** The thread's environment table (debug.getfenv/setfenv of a thread); 0: the globals. */
  env = 0;

  private constructor(readonly g: Global, th: number, stackBlock: number, nslots: number, capacity: number) {
    this.th = th;
    this.w = th >> 2;
    this.stackBytes = (capacity + STACK_EXTRA) * TV_SIZE;
    const stack = stackBlock >> 3;
    for (let s = stack; s < stack + nslots + STACK_EXTRA; s++) u32[(s << 1) + 1] = T.NIL;
    this.stack = stack;
    this.maxslot = stack + nslots;
    this.stackEnd = stack + nslots + STACK_EXTRA;
    this.base = stack + FRAME_SLOTS;
    this.top = this.base;
    u32[(th + TH_ID) >> 2] = g.threads.length;
    g.threads.push(this);
  }

  /**
   * A new thread with `nslots` stack slots in a block with room for `capacity` (the stack grows in
   * place up to that, beyond it by moving), or null when the heap is full. Slots past the usable
   * part are not touched until the stack grows into them.
   */
  static create(g: Global, nslots: number, capacity = nslots): LuaState | null {
    const bytes = (capacity + STACK_EXTRA) * TV_SIZE;
    const block = g.mem.alloc(bytes);
    if (block === 0) return null;
    const th = g.newObj(TH_SIZE, GCT.THREAD);
    if (th === 0) {
      g.mem.free(block, bytes);
      return null;
    }
    return new LuaState(g, th, block, nslots, capacity);
  }

  // The registers machine code can see, kept in the thread object.
  get stack(): number { return u32[this.w + (TH_STACK >> 2)]; }
  set stack(s: number) { u32[this.w + (TH_STACK >> 2)] = s; }
  get maxslot(): number { return u32[this.w + (TH_MAXSLOT >> 2)]; }
  set maxslot(s: number) { u32[this.w + (TH_MAXSLOT >> 2)] = s; }
  get base(): number { return u32[this.w + (TH_BASE >> 2)]; }
  set base(s: number) { u32[this.w + (TH_BASE >> 2)] = s; }
  get top(): number { return u32[this.w + (TH_TOP >> 2)]; }
  set top(s: number) { u32[this.w + (TH_TOP >> 2)] = s; }
  /** Open upvalues, highest slot first. */
  get openupval(): number { return u32[this.w + (TH_OPENUPVAL >> 2)]; }
  set openupval(uv: number) { u32[this.w + (TH_OPENUPVAL >> 2)] = uv; }

  /** Slots the stack block has room for (beyond them it must move). */
  get capacity(): number { return this.stackBytes / TV_SIZE - STACK_EXTRA; }

  /**
   * Make slots below `need` usable without moving the stack (lua_checkstack for code that holds
   * slot indices): grows in place within the block. False when it cannot.
   */
  checkStack(need: number): boolean {
    if (need < this.maxslot) return true;
    let nslots = this.maxslot - this.stack;
    while (this.stack + nslots <= need + LUA_MINSTACK && nslots < STACK_MAX) nslots *= 2;
    nslots = Math.min(nslots, STACK_MAX, this.capacity);
    if (this.stack + nslots <= need) return false;
    const end = this.stack + nslots + STACK_EXTRA;
    for (let s = this.stackEnd; s < end; s++) u32[(s << 1) + 1] = T.NIL;
    this.maxslot = this.stack + nslots;
    this.stackEnd = end;
    return true;
  }

  /**
   * Grow the stack so that slot `need` fits (lj_state_growstack): in place while the block has room,
   * else by moving a coroutine's stack to a bigger block. Returns how far the stack moved (in slots,
   * either direction; add it to every slot index held), or null when it cannot grow: it is at its
   * maximum, a coroutine with TypeScript frames of its own on the JS stack (ccalls > 0) holds slot
   * indices we cannot fix up, or the heap is full. Frame links are PCs or deltas, so only the open
   * upvalues and the state's own registers need moving.
   */
  growStack(need: number): number | null {
    if (this.checkStack(need)) return 0;
    const used = this.maxslot - this.stack;
    if (this === this.g.mainThread || this.ccalls !== 0 || used >= STACK_MAX) return null;
    let nslots = used;
    while (this.stack + nslots <= need + LUA_MINSTACK && nslots < STACK_MAX) nslots *= 2;
    nslots = Math.min(nslots, STACK_MAX);
    if (this.stack + nslots <= need) return null;
    const oldStack = this.stack, oldEnd = this.stackEnd, oldBytes = this.stackBytes;
    const bytes = (nslots + STACK_EXTRA) * TV_SIZE;
    const p = this.g.mem.alloc(bytes);
    if (p === 0) return null;
    this.stackBytes = bytes;
    const delta = (p >> 3) - oldStack;
    u32.copyWithin(p >> 2, oldStack << 1, oldEnd << 1);
    for (let s = (p >> 3) + (oldEnd - oldStack); s < (p >> 3) + nslots + STACK_EXTRA; s++) u32[(s << 1) + 1] = T.NIL;
    this.g.mem.free(oldStack << 3, oldBytes);
    this.stack = oldStack + delta;
    this.maxslot = this.stack + nslots;
    this.stackEnd = this.stack + nslots + STACK_EXTRA;
    this.base += delta;
    this.top += delta;
    for (let uv = this.openupval; uv !== 0; uv = u32[(uv + UV_NEXTOPEN) >> 2]) u32[(uv + UV_V) >> 2] += delta;
    return delta;
  }

  // -- Errors --------------------------------------------------------------------

  /** Throw a Lua error whose value is the string `msg` (no position added). */
  throwStr(msg: string): never {
    const o = newStr(this.g, msg);
    if (o === 0) return this.errMem();
    throw new LuaError(T.STR, o, msg);
  }

  /** Throw "not enough memory" (lj_err_mem): its string was made when the VM started. */
  errMem(): never {
    throw new LuaError(T.STR, this.g.errmem, ErrMsg.ERRMEM);
  }

  /** Throw `msg` prefixed with the position of the running Lua code ("t.lua:3: msg"), as lj_err_msg. */
  runError(msg: string): never {
    return this.throwStr(posPrefix(this, { base: this.base, pc: this.pc - 1 }) + msg);
  }

  /** Throw an error in the context of the Lua caller of the running C function (lj_err_callermsg). */
  callerError(msg: string): never {
    return this.throwStr(posPrefix(this, frameAtLevel(this, 1)) + msg);
  }

  // -- Objects, raising on failure ----------------------------------------------------
  // The allocator and the table code return a status; these turn it into the Lua error.

  /** The interned string for `s`. */
  str(s: string): number {
    const o = newStr(this.g, s);
    return o !== 0 ? o : this.errMem();
  }

  /** Store string `s` into slot `slot`. */
  setStr(slot: number, s: string): void {
    const o = this.str(s);
    u32[slot << 1] = o;
    u32[(slot << 1) + 1] = T.STR;
  }

  /** A slot from the table code, or its error raised. */
  tcheck(r: number): number {
    if (r >= 0) return r;
    if (r === tab.TabErr.OVERFLOW) return this.throwStr(ErrMsg.TABOV);
    return this.errMem();
  }

  newTab(asize: number, hbits: number): number { return this.tcheck(tab.newTab(this.g, asize, hbits)); }
  /** Value slot of t[k] (k a slot holding a valid key), created if absent. */
  tset(t: number, k: number): number { return this.tcheck(tab.set(this.g, t, k)); }
  tsetStr(t: number, s: number): number { return this.tcheck(tab.setStr(this.g, t, s)); }
  tsetInt(t: number, i: number): number { return this.tcheck(tab.setInt(this.g, t, i)); }
  tsetNum(t: number, x: number): number { return this.tcheck(tab.setNum(this.g, t, x)); }

  // -- Upvalues --------------------------------------------------------------------

  findUpval(slot: number): number {
    let prev = 0;
    let uv = this.openupval;
    while (uv !== 0) {
      const v = u32[(uv + UV_V) >> 2];
      if (v === slot) return uv;
      if (v < slot) break;
      prev = uv;
      uv = u32[(uv + UV_NEXTOPEN) >> 2];
    }
    const n = newOpenUpval(this.g, slot);
    if (n === 0) return this.errMem();
    u32[(n + UV_NEXTOPEN) >> 2] = uv;
    if (prev === 0) this.openupval = n; else u32[(prev + UV_NEXTOPEN) >> 2] = n;
    return n;
  }

  /** Close all open upvalues at or above `level`. */
  closeUpvals(level: number): void {
    let uv = this.openupval;
    while (uv !== 0) {
      const v = u32[(uv + UV_V) >> 2];
      if (v < level) break;
      const tv = (uv + UV_TV) >> 3;
      u32[tv << 1] = u32[v << 1];
      u32[(tv << 1) + 1] = u32[(v << 1) + 1];
      u32[(uv + UV_V) >> 2] = tv;
      u8[uv + UV_CLOSED] = 1;
      uv = u32[(uv + UV_NEXTOPEN) >> 2];
    }
    this.openupval = uv;
  }
}

// -- Frame walking ------------------------------------------------------------------

/** Function object of the frame whose BASE is `base`. */
export const frameFunc = (base: number): number => u32[(base - 2) << 1];
export const frameLink = (base: number): number => u32[(base - 1) << 1];

/** Write a frame link into the slot below `base`. */
export function setFrameLink(base: number, link: number): void {
  u32[(base - 1) << 1] = link;
  u32[((base - 1) << 1) + 1] = T.NIL;
}

/** The continuation and resume PC of the continuation frame at `base`. */
export const contOf = (base: number): Cont => u32[(base - 4) << 1];
export const contPC = (base: number): number => u32[(base - 3) << 1];

/** Write the continuation slots of a metamethod frame whose BASE will be `base` (lj_meta mmcall's [cont|PC]). */
export function setCont(base: number, cont: Cont, pc: number): void {
  u32[(base - 4) << 1] = cont; u32[((base - 4) << 1) + 1] = T.NIL;
  u32[(base - 3) << 1] = pc; u32[((base - 3) << 1) + 1] = T.NIL;
}

/** BASE of the frame below the one at `base`, or 0 at the bottom. */
export function framePrev(L: LuaState, base: number): number {
  const link = frameLink(base);
  if ((link & Frame.TYPE) === Frame.LUA) {
    const callIns = u32[(link >>> 2) - 1];
    return base - FRAME_SLOTS - ((callIns >>> 8) & 0xff);
  }
  const pb = base - ((link & ~Frame.TYPEP) >>> 3);
  return pb > L.stack + FRAME_SLOTS ? pb : 0;
}

export function protoOf(L: LuaState, fn: number): LProto | undefined {
  return u8[fn + FN_FFID] === FF.LUA ? L.g.protos[u32[(fn + FN_PROTO) >> 2]] : undefined;
}

export function lineAt(pt: LProto, pc: number): number {
  const i = pc - pt.pcBase;
  return i >= 0 && i < pt.lineinfo.length ? pt.lineinfo[i] : -1;
}

/** A frame and the PC (word index of its current instruction, -1 if unknown) it is stopped at. */
export interface FrameAt { base: number; pc: number }

/**
 * Step from the frame at `base` to the function that called it, skipping vararg pseudo-frames.
 * Returns null at the bottom of the stack.
 */
export function frameCaller(L: LuaState, base: number): FrameAt | null {
  while ((frameLink(base) & Frame.TYPEP) === Frame.VARG) base = framePrev(L, base);
  const link = frameLink(base);
  const pb = framePrev(L, base);
  if (pb === 0) return null;
  if ((link & Frame.TYPE) === Frame.LUA) return { base: pb, pc: (link >>> 2) - 1 };
  // A metamethod's caller stopped at the instruction before the resume PC of its continuation.
  if ((link & Frame.TYPEP) === Frame.CONT) return { base: pb, pc: contPC(base) - 1 };
  // A C frame entered from the interpreter keeps the caller's PC in the link slot's high word.
  const saved = u32[((base - 1) << 1) + 1];
  return { base: pb, pc: (link & Frame.TYPEP) === Frame.C && saved !== T.NIL && saved !== 0 ? saved - 1 : -1 };
}

/** Frame at call level `level` counted from the running C function at L.base (level 1 = its caller). */
export function frameAtLevel(L: LuaState, level: number): FrameAt | null {
  let f: FrameAt | null = { base: L.base, pc: -1 };
  for (let i = 0; i < level && f !== null; i++) f = frameCaller(L, f.base);
  return f;
}

/** "chunk:line: " for a Lua frame stopped at pc, or "" (C function, unknown pc). */
export function posPrefix(L: LuaState, f: FrameAt | null): string {
  if (f === null || f.pc < 0) return '';
  const pt = protoOf(L, frameFunc(f.base));
  if (pt === undefined) return '';
  return `${pt.shortSrc}:${lineAt(pt, f.pc)}: `;
}

// -- Global state set-up ------------------------------------------------------------

/** Slots the main thread's stack starts with; it grows in place up to STACK_MAX. */
const MAIN_STACK_START = 1024;

/** A fresh VM: its G block, the metamethod names, the registry and the main thread. */
export function newGlobal(heapLimit?: number): LuaState {
  const g = new Global(heapLimit);
  const fail = (): never => { throw new Error('tracefuzz: the heap limit is too small to start a VM'); };
  g.errmem = newStr(g, ErrMsg.ERRMEM) || fail();
  if (MMNAMES.length !== MMNAME_COUNT) throw new Error('obj.ts: MMNAME_COUNT differs from bcdef MMNAMES');
  MMNAMES.forEach((name, i) => { u32[((g.addr + G_MMNAME) >> 2) + i] = newStr(g, '__' + name) || fail(); });
  const reg = tab.newTab(g, 0, 2);
  if (reg < 0) fail();
  u32[(g.addr + G_REGISTRY) >> 2] = reg;
  u32[(g.addr + G_REGISTRY + TV_IT) >> 2] = T.TAB;
  const L = LuaState.create(g, MAIN_STACK_START, STACK_MAX) ?? fail();
  g.mem.untrack(L.stackBytes);
  g.mainThread = L;
  g.setCurrent(L);
  return L;
}

/** Register a C function and make its function object (environment `env`). */
export function newCFunction(L: LuaState, name: string, fn: CFunction, ffid: number = FF.C, env = 0,
                              upvalues?: CFuncInfo['upvalues']): number {
  const g = L.g;
  const id = g.cfuncFree.length > 0 ? g.cfuncFree.pop()! : g.cfuncs.length;
  const f = newCFunc(g, id, ffid, env);
  if (f === 0) { if (id < g.cfuncs.length) g.cfuncFree.push(id); return L.errMem(); }
  g.cfuncs[id] = upvalues === undefined ? { fn, name } : { fn, name, upvalues };
  return f;
}

export const cfuncOf = (L: LuaState, f: number): CFuncInfo => L.g.cfuncs[cfuncId(f)]!;
