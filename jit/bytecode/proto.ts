// Function prototypes as the compiler produces them: bytecode, constants, debug info. (lj_obj.h GCproto)
// A Proto is heap-independent; the VM loads it into the heap (strings interned, templates built).

/** A constant that TDUP templates and KPRI-like slots can hold. */
export type KValue = null | boolean | number | string;

/** A TDUP template table: array part (index 0..n-1) and hash part, all constants. */
export interface KTable {
  kind: 'table';
  /** array[i] is the value for integer key i (array[0] for key 0); undefined = absent. */
  array: (KValue | undefined)[];
  /** Other keys, in insertion order. */
  hash: [KValue, KValue][];
  /**
   * How the parser built it (lj_parse.c expr_table), so the VM can replay the construction and get
   * LuaJIT's exact sizes: the array size and hash bits at creation, every entry in insertion order,
   * and the array size the constructor asks for at its end (0: none).
   */
  construction?: { asize: number; hbits: number; entries: [KValue, KValue][]; narr: number };
}

/** GC constants, indexed by the D operand of KSTR/GGET/TGETS/TDUP/FNEW... */
export type KGC = string | Proto | KTable;

/** Upvalue descriptor flags (lj_obj.h PROTO_UV_*). */
export const PROTO_UV_LOCAL = 0x8000;
export const PROTO_UV_IMMUTABLE = 0x4000;

/** Variable info for debug names: active on [startpc, endpc). */
export interface VarInfo {
  name: string;
  startpc: number;
  endpc: number;
}

/** Proto flags (lj_obj.h PROTO_*). */
export const enum ProtoFlag {
  CHILD = 0x01, VARARG = 0x02, FFI = 0x04, NOJIT = 0x08, ILOOP = 0x10,
  HAS_RETURN = 0x20, FIXUP_RETURN = 0x40,
}

export interface Proto {
  /** Chunk name as given (e.g. "@t.lua", "=stdin", or the source text for loadstring). */
  chunkname: string;
  firstline: number;
  numline: number;
  numparams: number;
  /** ProtoFlag bits; VARARG set for vararg functions. */
  flags: number;
  /** Frame size in slots (max registers used). */
  framesize: number;
  /** Instructions; bc[0] is the FUNCF/FUNCV header, listings start at 1. */
  bc: Uint32Array;
  /** Source line per instruction (lineinfo[0] = firstline). */
  lineinfo: Int32Array;
  /** Number constants, indexed by the num-mode operand. */
  knum: number[];
  /** GC constants, indexed by the str/tab/func-mode operand. */
  kgc: KGC[];
  /** Upvalue descriptors: PROTO_UV_LOCAL|slot (maybe |IMMUTABLE), else parent upvalue index. */
  uv: number[];
  uvnames: string[];
  /** Local variables in declaration order (the n-th active var at pc is in slot n). */
  varinfo: VarInfo[];
}

export const isVararg = (pt: Proto): boolean => (pt.flags & ProtoFlag.VARARG) !== 0;
