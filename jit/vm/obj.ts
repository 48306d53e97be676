// Object layouts: every heap object's fields and offsets, the type tags, and the G/J blocks. (lj_obj.h, lj_jit.h)
//
// The one place that says where a field lives. The collector, the libraries, the interpreter and
// later the recorder (FLOAD/FREF fields) and the backend take offsets from here; test/vm/obj checks
// that nothing else writes a field offset of its own. Offsets are in bytes from the object's start.

// -- Values ----------------------------------------------------------------------
// A TValue is 8 bytes, LuaJIT's non-GC64 layout: the high word is the itype, the low word the
// payload (a heap offset for objects); a number is any value whose high word is below ISNUM.

/** Bytes of one TValue (a stack slot, an array slot, a node's key or value). */
export const TV_SIZE = 8;
/** Offset of a TValue's itype word (its low word is at 0). */
export const TV_IT = 4;

/** itype values (unsigned 32-bit): LuaJIT's ~0 .. ~13. */
export const enum T {
  NIL = 0xffffffff,      // ~0
  FALSE = 0xfffffffe,    // ~1
  TRUE = 0xfffffffd,     // ~2
  LIGHTUD = 0xfffffffc,  // ~3
  STR = 0xfffffffb,      // ~4
  UPVAL = 0xfffffffa,    // ~5
  THREAD = 0xfffffff9,   // ~6
  PROTO = 0xfffffff8,    // ~7
  FUNC = 0xfffffff7,     // ~8
  TRACE = 0xfffffff6,    // ~9
  CDATA = 0xfffffff5,    // ~10
  TAB = 0xfffffff4,      // ~11
  UDATA = 0xfffffff3,    // ~12
  NUMX = 0xfffffff2,     // ~13
  /** itype < ISNUM (unsigned) means a number. */
  ISNUM = 0xfffffff2,
  /** itype < ISTRUECOND means truthy; nil and false are at or above it. */
  ISTRUECOND = 0xfffffffe,
  /** itype >= ISPRI is nil/false/true. */
  ISPRI = 0xfffffffd,
  /** Collectable objects (string .. userdata) have ISGCV >= itype > ISNUM. */
  ISGCV = 0xfffffffb,
}

/** Object type codes in each GC object's first byte (= ~itype & 0xff, as LuaJIT's gct). */
export const enum GCT {
  STR = 4, UPVAL = 5, THREAD = 6, PROTO = 7, FUNC = 8, TRACE = 9, CDATA = 10, TAB = 11, UDATA = 12,
}

/** Index of a base type's metatable in G's basemt array: ~itype, numbers at ~NUMX. */
export const BASEMT_NUM = 13;
export const BASEMT_MAX = 16;

/** Slots a Lua or C frame takes below its BASE: the function and the link (LJ_FR2). */
export const FRAME_SLOTS = 2;

// -- GC object header (GCHeader) --------------------------------------------------------

/** u8: the object's GCT. */
export const GC_GCT = 0;
/** u8: mark bit (non-zero while marked during a collection). */
export const GC_MARKED = 1;
/** u32: the next object in the VM's list of all objects (0 = end). */
export const GC_NEXT = 4;
/** Bytes of the header; every object's own fields start here. */
export const GC_HEADER = 8;

// -- Strings (GCstr) -----------------------------------------------------------------

/** u32: length in bytes. */
export const STR_LEN = 8;
/** u32: hash used by tables (the string id: equal strings are one object). */
export const STR_HASH = 12;
/** u32: index of the string's text in the VM's string table. */
export const STR_SID = 16;
/** The bytes, then a terminating 0. */
export const STR_DATA = 24;
export const strSize = (len: number): number => STR_DATA + len + 1;

// -- Tables (GCtab) and hash nodes (Node) ------------------------------------------

/** u8: negative metamethod cache (bit set = metamethod absent), as LuaJIT's nomm. */
export const TAB_NOMM = 2;
/** u32: metatable (0 = none). Same offset as UD_MT (lj_meta_equal relies on it). */
export const TAB_MT = 8;
/** u32: array part (asize TValues). */
export const TAB_ARRAY = 12;
/** u32: array size; keys 0..asize-1 live in the array part. */
export const TAB_ASIZE = 16;
/** u32: hash part (hmask+1 nodes), or G's shared nilnode. */
export const TAB_NODE = 20;
/** u32: hash size - 1. */
export const TAB_HMASK = 24;
/** u32: free-node search position (a node index counting down). */
export const TAB_FREETOP = 28;
export const TAB_SIZE = 32;

/** TValue: the value. */
export const NODE_VAL = 0;
/** TValue: the key. */
export const NODE_KEY = 8;
/** u32: next node in the collision chain (0 = end). */
export const NODE_NEXT = 16;
export const NODE_SIZE = 24;

// -- Functions (GCfunc: Lua closures and C functions) -------------------------------

/** Function kinds in the ffid byte: 0 = Lua, otherwise a C (TypeScript) function; some the interpreter knows. */
export const enum FF {
  LUA = 0, C = 1, pcall = 2, xpcall = 3, coroutine_yield = 4, coroutine_resume = 5, coroutine_wrap_aux = 6,
}

/** u8: FF kind. */
export const FN_FFID = 2;
/** u8: number of upvalues (Lua closures). */
export const FN_NUPV = 3;
/** u32: environment table. */
export const FN_ENV = 8;
/** u32: Lua: word index of the prototype's bc[0]; C: index into the VM's C function table. */
export const FN_PC = 12;
/** u32: Lua: prototype id (index into the VM's prototypes). */
export const FN_PROTO = 16;
/** u32: C functions: one reference the function keeps alive (e.g. wrap's coroutine). */
export const FN_CUPV = 16;
/** u32 each: Lua closures' upvalue objects. */
export const FN_UV = 24;
export const luaFuncSize = (nuv: number): number => FN_UV + 4 * nuv;
export const C_FUNC_SIZE = FN_UV;

// -- Upvalues (GCupval) --------------------------------------------------------------

/** u8: 1 once closed. */
export const UV_CLOSED = 2;
/** TValue: the value of a closed upvalue. */
export const UV_TV = 8;
/** u32: slot index of the value: a stack slot while open, the upvalue's own UV_TV once closed. */
export const UV_V = 16;
/** u32: next open upvalue of the thread (ordered by slot, highest first). */
export const UV_NEXTOPEN = 20;
export const UV_SIZE = 24;

// -- Userdata (GCudata) --------------------------------------------------------------

/** u8: non-zero once the collector has scheduled (or skipped) its __gc (LJ_GC_FINALIZED). */
export const UD_FINALIZED = 2;
/** u32: metatable. Same offset as TAB_MT. */
export const UD_MT = 8;
/** u32: environment table. */
export const UD_ENV = 12;
/** u32: payload length in bytes (0 for newproxy()'s). */
export const UD_LEN = 16;
/** Payload, then nothing. */
export const UD_DATA = 24;
export const udataSize = (len: number): number => UD_DATA + len;

// -- Threads (GCthread: a lua_State's heap side) ---------------------------------------
// What machine code may need of a thread; G_CUR_L names the running one. Slots are TValue indices
// (byte offset / 8).

/** u32: index into the VM's threads. */
export const TH_ID = 8;
/** u32: first slot of the stack block. */
export const TH_STACK = 12;
/** u32: first slot past what frames may use (the stack limit). */
export const TH_MAXSLOT = 16;
/** u32: BASE of the running (or suspended) frame. */
export const TH_BASE = 20;
/** u32: TOP: first free slot of a C frame, or the live top at the last sync. */
export const TH_TOP = 24;
/** u32: head of the open upvalue list. */
export const TH_OPENUPVAL = 28;
export const TH_SIZE = 32;

// -- Prototypes (GCproto) -------------------------------------------------------------
// The bytecode follows the header, so a function's FN_PC finds its prototype: pt = pc*4 - PT_BC.

/** u32: prototype id (index into the VM's prototypes). */
export const PT_ID = 8;
/** u32: number of instructions. */
export const PT_SIZEBC = 12;
/** u8: fixed parameters. */
export const PT_NUMPARAMS = 16;
/** u8: slots a frame of this function uses. */
export const PT_FRAMESIZE = 17;
/** u8: PROTO_* flags (vararg, child functions...). */
export const PT_FLAGS = 18;
/** u8: upvalues. */
export const PT_SIZEUV = 19;
/** u32 each, from here: the bytecode (bc[0] is the FUNCF/FUNCV header). */
export const PT_BC = 24;
export const protoSize = (sizebc: number): number => PT_BC + 4 * sizebc;

// -- The global state block (G) -------------------------------------------------------
// What trace code must read or write without calling into TypeScript. One block per VM; the TS
// side (state.ts Global) keeps its address.

/** f64: the instruction clock (bytecodes executed). */
export const G_CLOCK = 0;
/** f64: the clock's budget (checked at loop edges and function entries). */
export const G_BUDGET = 8;
/** u32: bytes in use (the arena keeps it current): the GC's `total`. */
export const G_GC_TOTAL = 16;
/** u32: a collection step is due when total >= threshold (lj_gc_check). */
export const G_GC_THRESHOLD = 20;
/** u32: live bytes after the last cycle (LuaJIT's estimate). */
export const G_GC_ESTIMATE = 24;
/** u32: the pause and step multiplier in percent (collectgarbage "setpause"/"setstepmul"). */
export const G_GC_PAUSE = 28;
export const G_GC_STEPMUL = 32;
/** u32: the running thread's GCthread object. */
export const G_CUR_L = 36;
/** u32: BASE slot of the trace running now, 0 outside machine code (LuaJIT's jit_base). */
export const G_JIT_BASE = 40;
/** u32: active debug hooks (HOOK_* bits). */
export const G_HOOKMASK = 44;
/** i32: instructions until the next count hook; and the count it restarts from. */
export const G_HOOKCOUNT = 48;
export const G_HOOKCSTART = 52;
/** u32: head of the list of all GC objects of the VM (through GC_NEXT). */
export const G_GC_ROOT = 56;
/** u32 each: the interned metamethod names "__index".. by MM (after a pad word: TValues below are 8-aligned). */
export const G_MMNAME = 64;
export const MMNAME_COUNT = 22;
/** u32 each: metatables of non-table types, by ~itype (BASEMT_*). */
export const G_BASEMT = G_MMNAME + 4 * MMNAME_COUNT;
/** TValue: the registry table. */
export const G_REGISTRY = G_BASEMT + 4 * BASEMT_MAX;
/** Node: the shared empty hash part of tables without one. */
export const G_NILNODE = G_REGISTRY + TV_SIZE;
/** TValues: scratch slots of the interpreter's slow paths and library helpers (G_TMPTV_COUNT of them). */
export const G_TMPTV = G_NILNODE + NODE_SIZE;
export const G_TMPTV_COUNT = 16;
/** u32 each: instruction words the interpreter dispatches to (VMWORD_*). */
export const G_VMWORDS = G_TMPTV + TV_SIZE * G_TMPTV_COUNT;
export const VMWORD_COUNT = 4;
/** u16 each: the hot counters (lj_dispatch.h hotcount[HOTCOUNT_SIZE]). */
export const G_HOTCOUNT = G_VMWORDS + 4 * VMWORD_COUNT;
export const HOTCOUNT_SIZE = 64;
export const G_SIZE = G_HOTCOUNT + 2 * HOTCOUNT_SIZE;

/** The scratch TValues of G_TMPTV, by use (slot = G's first tmptv slot + this). */
export const enum TMPTV {
  KEY = 0, ARITH_K = 1, INDEX_OBJ = 2, INDEX_KEY = 3, TEMPLATE_KEY = 4, ERROR_VALUE = 5,
  CHAIN_GET = 8, CHAIN_SET = 9, NIL = 10, TABLE_KEY = 15,
}

/** Debug hook bits (lua.h LUA_MASK*), and LuaJIT's bit for "a hook function is running". */
export const enum HOOK { CALL = 1, RET = 2, LINE = 4, COUNT = 8, ACTIVE = 0x10 }

// -- The JIT state block (J), right after G ---------------------------------------------

export const J_OFS = G_SIZE;
/** u32: trace state (TraceState). */
export const J_STATE = 0;
/** u32: JIT on (bit 0) and optimisation flags (bit 1 + flag index, ORDER params.ts JIT_FLAGS). */
export const J_FLAGS = 4;
/** i32 each: JIT parameters (ORDER params.ts JIT_PARAMS). */
export const J_PARAM = 8;
export const J_PARAM_COUNT = 16;
/** u32: the exit being taken and the trace it belongs to. */
export const J_EXITNO = J_PARAM + 4 * J_PARAM_COUNT;
export const J_PARENT = J_EXITNO + 4;
/** The exit state machine code stores on a trace exit: GPRs, FPRs, spill slots (ExitState). */
export const J_EXIT_GPR = J_PARENT + 4;
export const EXIT_NGPR = 16;
export const J_EXIT_FPR = J_EXIT_GPR + 8 * EXIT_NGPR;
export const EXIT_NFPR = 16;
export const J_EXIT_SPILL = J_EXIT_FPR + 8 * EXIT_NFPR;
export const EXIT_NSPILL = 256;
export const J_SIZE = J_EXIT_SPILL + 4 * EXIT_NSPILL;

/** Bytes of the G and J blocks together (allocated as one, as LuaJIT's GG_State). */
export const GG_SIZE = J_OFS + J_SIZE;
